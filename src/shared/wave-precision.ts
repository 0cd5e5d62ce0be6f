import type { Wave, WaveNode } from './waves';

/**
 * How much of a wave the planning rules decide. CCE fixes only the order of pools and of batches; inside one group
 * (a pool's nodes caught by one batch, or the pool's nodes no batch catches) it picks lightly loaded nodes first, and
 * the planner cannot see load. So a wave's names are known only when it takes its whole group at once.
 */
export type WavePrecision =
  | { fixed: true }
  | {
      fixed: false;
      /** Every node of the wave's group: any of them may be in this wave. Shared by the group's waves. */
      candidates: readonly WaveNode[];
      /** How many of the group's nodes earlier waves take, so `candidates.length - before` remain for this one. */
      before: number;
    };

const groupKey = (wave: Wave) => `${wave.poolId}\u0000${wave.nodes[0]?.batch ?? ''}`;

/** One entry per wave, in the same order. A wave never spans two groups and a group's waves follow each other. */
export function wavePrecision(waves: readonly Wave[]): WavePrecision[] {
  const groups = new Map<string, WaveNode[]>();
  for (const wave of waves) {
    const key = groupKey(wave);
    const nodes = groups.get(key);
    if (nodes) nodes.push(...wave.nodes);
    else groups.set(key, [...wave.nodes]);
  }
  const taken = new Map<string, number>();
  return waves.map((wave) => {
    const key = groupKey(wave);
    const candidates = groups.get(key)!;
    if (candidates.length === wave.nodes.length) return { fixed: true };
    const before = taken.get(key) ?? 0;
    taken.set(key, before + wave.nodes.length);
    return { fixed: false, candidates, before };
  });
}
