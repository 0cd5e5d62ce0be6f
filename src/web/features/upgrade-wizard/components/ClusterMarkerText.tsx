import { Box, Typography } from '@mui/material';
import { RouterLink } from '../../../components/RouterLink';
import { taskPath } from '../../../lib/cluster-paths';
import { describeError } from '../../../lib/describe-error';
import { visuallyHidden } from '../../../lib/visually-hidden';
import type { ClusterMarker } from '../cluster-facts';

interface ClusterMarkerTextProps {
  clusterId: string;
  clusterName: string;
  marker: ClusterMarker;
  /** The cluster's upgrade tasks, read only while CCE says it is Upgrading. */
  tasks: { isPending: boolean; isError: boolean; error: unknown };
}

const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

function markerText({ marker, tasks }: Pick<ClusterMarkerTextProps, 'marker' | 'tasks'>): string {
  switch (marker.kind) {
    case 'upgrading-unknown':
      if (tasks.isPending) return 'Upgrading. Looking for its upgrade task…';
      if (tasks.isError) return `Upgrading. Its upgrade task could not be read: ${describeError(tasks.error).title}.`;
      return 'Upgrading, but CCE lists no running upgrade task for it.';
    case 'blocked':
      return `Cannot upgrade now: its status is ${marker.phase}.${marker.message ? ` CCE says: ${marker.message}` : ''}`;
    case 'newest':
      return 'Nothing to upgrade to: it is already on the newest version CCE offers.';
    case 'offers':
      return `Can be upgraded to ${orList(marker.targets)}.`;
    case 'unknown':
    case 'upgrading':
      return '';
  }
}

/** The row's verdict in words; a cluster held by an upgrade links to that task instead. */
export function ClusterMarkerText({ clusterId, clusterName, marker, tasks }: ClusterMarkerTextProps) {
  if (marker.kind === 'upgrading') {
    return (
      <RouterLink href={taskPath(clusterId, marker.taskId)} variant="body2">
        {marker.stopped ? 'Upgrade stopped — open task' : 'Upgrading — open task'}{' '}
        <Box component="span" sx={visuallyHidden}>of {clusterName}</Box>
      </RouterLink>
    );
  }
  const text = markerText({ marker, tasks });
  return text ? <Typography variant="body2">{text}</Typography> : null;
}
