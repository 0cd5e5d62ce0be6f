import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UpgradePaths } from './cce-responses';
import { compareVersions, upgradeRoutes } from './upgrade-path';

// CCE's documented shape: old releases need several hops (reference §3.1).
const cce: UpgradePaths['upgradePaths'] = [
  { version: 'v1.25', targetVersions: ['v1.27'] },
  { version: 'v1.27', targetVersions: ['v1.28', 'v1.29'] },
  { version: 'v1.28', targetVersions: ['v1.29', 'v1.30'] },
  { version: 'v1.29', targetVersions: ['v1.30', 'v1.31'] },
  { version: 'v1.30', targetVersions: ['v1.31'] },
];

describe('upgradeRoutes', () => {
  it('reaches every later version by the fewest hops, starting from what CCE offers the cluster', () => {
    expect(upgradeRoutes('v1.25.16', ['v1.27'], cce)).toEqual([
      { goal: 'v1.27', path: ['v1.25.16', 'v1.27'] },
      { goal: 'v1.28', path: ['v1.25.16', 'v1.27', 'v1.28'] },
      { goal: 'v1.29', path: ['v1.25.16', 'v1.27', 'v1.29'] },
      { goal: 'v1.30', path: ['v1.25.16', 'v1.27', 'v1.28', 'v1.30'] },
      { goal: 'v1.31', path: ['v1.25.16', 'v1.27', 'v1.29', 'v1.31'] },
    ]);
  });

  it('offers nothing when CCE offers the cluster no first hop, whatever the general paths say', () => {
    expect(upgradeRoutes('v1.28.15', [], cce)).toEqual([]);
  });

  it('takes the first hop exactly as upgradeinfo spells it and follows on by its minor version', () => {
    expect(upgradeRoutes('v1.28.15', ['v1.29.13-r10'], cce).map((route) => route.path)).toEqual([
      ['v1.28.15', 'v1.29.13-r10'],
      ['v1.28.15', 'v1.29.13-r10', 'v1.30'],
      ['v1.28.15', 'v1.29.13-r10', 'v1.31'],
    ]);
  });

  it('follows full-form paths of old clusters and never goes down or in circles', () => {
    const old: UpgradePaths['upgradePaths'] = [
      { version: 'v1.19.10-r0', targetVersions: ['v1.19.16-r20'] },
      { version: 'v1.19.16-r20', targetVersions: ['v1.21', 'v1.19.10-r0'] },
      { version: 'v1.21', targetVersions: ['v1.19.16-r20', 'v1.23'] },
    ];
    expect(upgradeRoutes('v1.19.10-r0', ['v1.19.16-r20'], old).map((route) => route.path.join(' → '))).toEqual([
      'v1.19.10-r0 → v1.19.16-r20',
      'v1.19.10-r0 → v1.19.16-r20 → v1.21',
      'v1.19.10-r0 → v1.19.16-r20 → v1.21 → v1.23',
    ]);
  });
});

const minors = Array.from({ length: 8 }, (_, i) => `v1.${20 + i}`);
const graphArb = fc.record({
  current: fc.integer({ min: 0, max: 7 }),
  edges: fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), { maxLength: 30 }),
  first: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 4 }),
});

function toPaths(edges: [number, number][]): UpgradePaths['upgradePaths'] {
  return minors.map((version, i) => ({ version, targetVersions: edges.filter(([from]) => from === i).map(([, to]) => minors[to]!) }));
}

/** Hop counts by repeated relaxation: an independent way to the same shortest distances. */
function distances(current: string, first: string[], paths: UpgradePaths['upgradePaths']): Map<string, number> {
  const up = (from: string, to: string) => compareVersions(to, from) > 0;
  const dist = new Map(first.filter((to) => up(current, to)).map((to) => [to, 1]));
  for (let round = 0; round < minors.length; round++) {
    for (const { version, targetVersions } of paths) {
      const d = dist.get(version);
      if (d === undefined) continue;
      for (const to of targetVersions) if (up(version, to) && (dist.get(to) ?? Infinity) > d + 1) dist.set(to, d + 1);
    }
  }
  return dist;
}

describe('upgradeRoutes properties', () => {
  it('every route is a chain of real upgrades, reaches exactly the reachable versions, and is as short as possible', () => {
    fc.assert(
      fc.property(graphArb, ({ current, edges, first }) => {
        const paths = toPaths(edges);
        const from = `${minors[current]}.5`;
        const offered = first.map((i) => minors[i]!);
        const routes = upgradeRoutes(from, offered, paths);
        const expected = distances(minors[current]!, offered, paths);

        expect(new Set(routes.map((route) => route.goal))).toEqual(new Set(expected.keys()));
        for (const { goal, path } of routes) {
          expect(path[0]).toBe(from);
          expect(path.at(-1)).toBe(goal);
          expect(path.length - 1).toBe(expected.get(goal));
          expect(offered).toContain(path[1]);
          path.slice(2).forEach((to, i) => {
            expect(paths.find((entry) => entry.version === path[i + 1])?.targetVersions).toContain(to);
          });
          path.slice(1).forEach((to, i) => expect(compareVersions(to, path[i]!)).toBeGreaterThan(0));
        }
      }),
    );
  });
});
