import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { NodeNameList } from '../../../components/NodeNameList';
import { clusterQueries } from '../../../lib/cluster-queries';
import { describeError } from '../../../lib/describe-error';

const ABNORMAL = 'Abnormal';

/** The nodes CCE reports Abnormal: where a failed wave left its mark. */
export function AbnormalNodes({ projectId, clusterId }: { projectId: string; clusterId: string }) {
  const nodes = useQuery(clusterQueries.nodes(projectId, clusterId));
  if (nodes.isPending) return <Typography variant="body2">Looking for Abnormal nodes…</Typography>;
  if (nodes.isError) return <Typography variant="body2">The node list could not be read ({describeError(nodes.error).title}), so Abnormal nodes are not shown.</Typography>;
  const abnormal = nodes.data
    .filter((node) => node.status.phase === ABNORMAL)
    .map((node) => ({ uid: node.metadata.uid, name: node.metadata.name }));
  if (abnormal.length === 0) return <Typography variant="body2">CCE reports no node as Abnormal.</Typography>;
  return (
    <>
      <Typography variant="body2">CCE reports {abnormal.length === 1 ? 'this node' : `these ${abnormal.length} nodes`} as Abnormal:</Typography>
      <NodeNameList label="Abnormal nodes" nodes={abnormal} />
    </>
  );
}
