import type { NodePriority } from '../../../shared/upgrade-request';
import type { Wave } from '../../../shared/waves';
import { translate } from '../../i18n/parts/wizard';
import { describeSelector } from '../../lib/describe-selector';

// Only what the rules fix; which of these nodes go first is CCE's choice by load, said beside the wave's nodes.
/** The batch that caught a wave's nodes; a wave never spans two batches, so its first node tells. */
export function batchLabel(wave: Wave, nodeOrder: Readonly<Record<string, NodePriority[]>> = {}): string {
  const index = wave.nodes[0]?.batch;
  const batch = index === undefined ? undefined : nodeOrder[wave.poolId]?.[index];
  return batch && index !== undefined
    ? translate('wizard.batch.label', { batch: index + 1, selector: describeSelector(batch.nodeSelector) })
    : translate('wizard.batch.none');
}
