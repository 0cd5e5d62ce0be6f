import type { UpgradePaths } from './cce-responses';

/** "v1.29.13-r10" → "v1.29"; anything else is returned unchanged. */
export function minorOf(version: string): string {
  return /^v\d+\.\d+/.exec(version)?.[0] ?? version;
}

/** Orders versions by their numbers (v1.9 < v1.10 < v1.10.2-r1); a minor form sorts before its full forms. */
export function compareVersions(a: string, b: string): number {
  const numbers = (version: string) => (version.match(/\d+/g) ?? []).map(Number);
  const x = numbers(a);
  const y = numbers(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? -1) - (y[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** CCE only upgrades to a higher minor (or, for old full-form clusters, a higher full version). */
const isUpgrade = (from: string, to: string) => compareVersions(minorOf(to), minorOf(from)) > 0 || (from.includes('-') && compareVersions(to, from) > 0);

export interface UpgradeRoute {
  /** The version the user wants to reach. */
  goal: string;
  /** The current version first, then every version CCE upgrades to on the way; the last is the goal. */
  path: string[];
}

/**
 * Every version the cluster can reach, each by a shortest chain of upgrades. The first hop comes from the cluster's
 * own upgradeinfo targets (what CCE offers this cluster now); later hops from ListClusterUpgradePaths, whose entries
 * are keyed by minor version (≥ v1.21) or by full version (≤ v1.19).
 */
export function upgradeRoutes(current: string, clusterTargets: readonly string[], paths: UpgradePaths['upgradePaths']): UpgradeRoute[] {
  const targetsFrom = (version: string) =>
    (paths.find((entry) => entry.version === version) ?? paths.find((entry) => entry.version === minorOf(version)))?.targetVersions ?? [];
  const seen = new Set([current, minorOf(current)]);
  const routes: UpgradeRoute[] = [];
  let frontier: string[][] = [[current]];
  while (frontier.length > 0) {
    const next: string[][] = [];
    for (const path of frontier) {
      const from = path[path.length - 1]!;
      const candidates = path.length === 1 ? clusterTargets : targetsFrom(from);
      // Sorted so that, among equally short routes, the one through the lowest versions is chosen every time.
      for (const to of [...candidates].sort(compareVersions)) {
        if (seen.has(to) || !isUpgrade(from, to)) continue;
        seen.add(to);
        const route = [...path, to];
        routes.push({ goal: to, path: route });
        next.push(route);
      }
    }
    frontier = next;
  }
  return routes.sort((a, b) => compareVersions(a.goal, b.goal));
}
