import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { STEP_DEFAULT, STEP_MAX, STEP_MIN } from '../../../../shared/upgrade-request';
import { ErrorState } from '../../../components/ErrorState';
import { FormRadioGroup } from '../../../components/FormRadioGroup';
import { FormTextField } from '../../../components/FormTextField';
import { LoadingState } from '../../../components/LoadingState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { scopeLabels } from '../../../lib/scope-words';
import type { StepProps } from '../wizard-step';
import { TimelinePreview } from './schedule/TimelinePreview';

const scopeOptions = [
  { value: 'Cluster', label: scopeLabels.Cluster, description: 'Batch sizes keep growing across node pools (CCE’s default).' },
  { value: 'NodePool', label: scopeLabels.NodePool, description: 'Batch sizes start again at 1 in every node pool.' },
];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whole sentences for every count: "1 node pool", never "node pool(s)". */
export function clusterSize(pools: number, nodes: number): string {
  if (pools === 0) return 'This cluster has no node pools yet, so there are no nodes to upgrade.';
  if (nodes === 0) return `This cluster has ${count(pools, 'node pool', 'node pools')} and no nodes yet.`;
  return `This cluster has ${count(pools, 'node pool', 'node pools')} and ${count(nodes, 'node', 'nodes')}.`;
}

function ClusterSize({ projectId, clusterId }: { projectId: string; clusterId: string }) {
  const pools = useQuery(clusterQueries.nodePools(projectId, clusterId));
  const nodes = useQuery(clusterQueries.nodes(projectId, clusterId));
  if (pools.isError || nodes.isError) {
    const retry = () => void Promise.all([pools.refetch(), nodes.refetch()]);
    return <ErrorState error={pools.error ?? nodes.error} onRetry={retry} />;
  }
  if (!pools.data || !nodes.data) return <LoadingState label="Loading node pools and nodes" />;
  return (
    <Typography color="text.secondary">
      {clusterSize(pools.data.items.length, nodes.data.length)}
    </Typography>
  );
}

export function StrategyStep({ projectId }: StepProps) {
  const clusterId = useWatch<Plan, 'clusterId'>({ name: 'clusterId' });
  return (
    <Stack spacing={3}>
      <Typography>
        Nodes are upgraded in place, in batches that grow 1, 2, 4, … up to the step size you set here.
      </Typography>
      <ClusterSize projectId={projectId} clusterId={clusterId} />
      <FormTextField<Plan>
        name="userDefinedStep"
        label="Node step size"
        type="number"
        helperText={`The most nodes upgraded at once: ${STEP_MIN}–${STEP_MAX}, default ${STEP_DEFAULT}.`}
        inputProps={{ min: STEP_MIN, max: STEP_MAX, step: 1, inputMode: 'numeric' }}
        sx={{ maxWidth: 320 }}
      />
      <FormRadioGroup<Plan> name="scope" legend="Step scope" options={scopeOptions} />
      <TimelinePreview projectId={projectId} />
    </Stack>
  );
}
