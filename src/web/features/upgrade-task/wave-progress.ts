import type { PlanningNode } from '../../../shared/inventory';
import type { Wave } from '../../../shared/waves';

export type WaveStatus = 'done' | 'upgrading' | 'waiting';

export interface PoolProgress {
  poolId: string;
  upgraded: number;
  upgrading: number;
  total: number;
}

export interface WaveProgress {
  /** The wave CCE is upgrading now, by number; undefined when no node is Upgrading. */
  current: number | undefined;
  statuses: WaveStatus[];
  upgrading: PlanningNode[];
  /** Upgrading nodes the prediction placed in another wave: CCE is not following the predicted order. */
  unexpected: PlanningNode[];
  pools: PoolProgress[];
}

export const UPGRADING = 'Upgrading';

/**
 * Where the upgrade stands against the predicted waves. ListNodes only says which nodes are Upgrading, not
 * which are done, so the current wave is the one holding most Upgrading nodes and every wave before it is done.
 * With none Upgrading, `reached` (the furthest wave seen upgrading) or a finished task decides.
 */
export function waveProgress(waves: readonly Wave[], nodes: readonly PlanningNode[], finished: boolean, reached = 0): WaveProgress {
  const upgrading = nodes.filter((node) => node.phase === UPGRADING);
  const busy = new Set(upgrading.map((node) => node.uid));
  let current: number | undefined;
  let most = 0;
  for (const wave of waves) {
    const count = wave.nodes.filter((node) => busy.has(node.uid)).length;
    if (count > most) [current, most] = [wave.number, count];
  }
  const doneBefore = finished ? Infinity : (current ?? reached + 1);
  const statuses = waves.map((wave): WaveStatus => (wave.number < doneBefore ? 'done' : wave.number === current ? 'upgrading' : 'waiting'));
  const inCurrent = new Set(waves.find((wave) => wave.number === current)?.nodes.map((node) => node.uid));
  const pools = new Map<string, PoolProgress>();
  waves.forEach((wave, index) => {
    const entry = pools.get(wave.poolId) ?? { poolId: wave.poolId, upgraded: 0, upgrading: 0, total: 0 };
    entry.total += wave.nodes.length;
    if (statuses[index] === 'done') entry.upgraded += wave.nodes.length;
    entry.upgrading += wave.nodes.filter((node) => busy.has(node.uid)).length;
    pools.set(wave.poolId, entry);
  });
  return {
    current,
    statuses,
    upgrading,
    unexpected: upgrading.filter((node) => !inCurrent.has(node.uid)),
    pools: [...pools.values()],
  };
}
