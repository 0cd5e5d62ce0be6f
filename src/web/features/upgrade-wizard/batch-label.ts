import type { NodePriority } from '../../../shared/upgrade-request';
import type { Wave } from '../../../shared/waves';
import { describeSelector } from '../../lib/describe-selector';

export const NO_BATCH = 'No batch — CCE prefers lightly loaded nodes';

/** The batch that caught a wave's nodes; a wave never spans two batches, so its first node tells. */
export function batchLabel(wave: Wave, nodeOrder: Readonly<Record<string, NodePriority[]>> = {}): string {
  const index = wave.nodes[0]?.batch;
  const batch = index === undefined ? undefined : nodeOrder[wave.poolId]?.[index];
  return batch && index !== undefined ? `Batch ${index + 1}: ${describeSelector(batch.nodeSelector)}` : NO_BATCH;
}
