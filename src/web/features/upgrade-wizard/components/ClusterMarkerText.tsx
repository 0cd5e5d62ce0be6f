import { Typography } from '@mui/material';
import { RouterLink } from '../../../components/RouterLink';
import { taskPath } from '../../../lib/cluster-paths';
import { describeError } from '../../../lib/describe-error';
import { translate, useT } from '../../../i18n/i18n';
import { orList } from '../../../lib/word-lists';
import type { ClusterMarker } from '../cluster-facts';

interface ClusterMarkerTextProps {
  clusterId: string;
  clusterName: string;
  marker: ClusterMarker;
  /** The cluster's upgrade tasks, read only while CCE says it is Upgrading. */
  tasks: { isPending: boolean; isError: boolean; error: unknown };
}

function markerText({ marker, tasks }: Pick<ClusterMarkerTextProps, 'marker' | 'tasks'>): string {
  switch (marker.kind) {
    case 'upgrading-unknown':
      if (tasks.isPending) return translate('cluster.upgradingLooking');
      if (tasks.isError) return translate('cluster.upgradingUnreadable', { reason: describeError(tasks.error).title });
      return translate('cluster.upgradingNoTask');
    case 'blocked':
      // CCE's own message is shown as CCE sent it.
      return marker.message
        ? translate('cluster.blockedCceSays', { phase: marker.phase, message: marker.message })
        : translate('cluster.blocked', { phase: marker.phase });
    case 'newest':
      return translate('cluster.newest');
    case 'offers':
      return translate('cluster.offers', { targets: orList(marker.targets) });
    case 'unknown':
    case 'upgrading':
      return '';
  }
}

/** The row's verdict in words; a cluster held by an upgrade links to that task instead. */
export function ClusterMarkerText({ clusterId, clusterName, marker, tasks }: ClusterMarkerTextProps) {
  const t = useT();
  if (marker.kind === 'upgrading') {
    return (
      <RouterLink
        href={taskPath(clusterId, marker.taskId)}
        variant="body2"
        aria-label={t(marker.stopped ? 'cluster.upgradeStoppedOf' : 'cluster.upgradingOpenOf', { name: clusterName })}
      >
        {t(marker.stopped ? 'cluster.upgradeStopped' : 'cluster.upgradingOpen')}
      </RouterLink>
    );
  }
  const text = markerText({ marker, tasks });
  return text ? <Typography variant="body2">{text}</Typography> : null;
}
