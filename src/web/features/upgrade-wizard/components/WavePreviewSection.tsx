import type { Plan } from '../../../../shared/plan';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useAddonLints } from '../../../lib/use-addon-fates';
import { useInventory } from '../../../lib/use-inventory';
import { WavePreview } from './WavePreview';
import { useT } from '../../../i18n/parts/review';

/** The review step's wave preview, timeline and lints, from the cluster's inventory and the body about to be sent. */
export function WavePreviewSection({ projectId, plan }: { projectId: string; plan: Plan }) {
  const t = useT();
  const inventory = useInventory(projectId, plan.clusterId);
  const addonLints = useAddonLints(projectId, plan);
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;
  if (inventory.isPending) return <LoadingState label={t('review.loading.inventory')} />;
  return (
    <WavePreview
      projectId={projectId}
      plan={plan}
      pools={inventory.pools}
      nodes={inventory.nodes}
      labelSource={inventory.labelSource}
      labelReason={inventory.labelReason}
      extraLints={addonLints}
    />
  );
}
