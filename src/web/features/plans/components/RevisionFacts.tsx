import { Box, Typography } from '@mui/material';
import type { Revision } from '../../../../shared/plans-api';
import { orderBatches, orderPools } from '../../../../shared/waves';
import { snapshotInventory } from '../../../../shared/cluster-snapshot';
import { FactList } from '../../../components/FactList';
import { describeSelector } from '../../../lib/describe-selector';
import { describeAnchor, formatTime, plural } from '../plan-words';
import { CommentButton, type CommentOn } from './CommentButton';
import { PlanSection } from './PlanSection';
import { RevisionAddons } from './RevisionAddons';
import { Sha256 } from '../../../components/Sha256';

const scopeWords = { Cluster: 'the whole cluster (batch sizes carry on across pools)', NodePool: 'each node pool (batch sizes restart in every pool)' };

function PoolOrder({ revision }: { revision: Revision }) {
  const { pools } = snapshotInventory(revision.snapshot);
  const order = revision.plan.nodePoolOrder;
  return (
    <Box component="ol" aria-label="Node pools in upgrade order" sx={{ my: 0, pl: 3 }}>
      {orderPools(pools, order).map((pool) => (
        <li key={pool.id}>
          {revision.poolNames[pool.id] ?? pool.name} — {order[pool.id] ? `priority ${order[pool.id]}` : 'default order'}
        </li>
      ))}
    </Box>
  );
}

function Batches({ revision, onComment }: { revision: Revision; onComment: CommentOn }) {
  const pools = Object.entries(revision.plan.nodeOrder);
  if (pools.length === 0) return <Typography>No batches: every pool upgrades in CCE’s own order.</Typography>;
  return pools.map(([poolId, batches]) => {
    const poolName = revision.poolNames[poolId] ?? poolId;
    return (
      <Box key={poolId}>
        <Typography variant="subtitle1" component="h4">Batches of pool {poolName}</Typography>
        <Box component="ol" aria-label={`Batches of pool ${poolName}`} sx={{ my: 0, pl: 3 }}>
          {orderBatches(batches).map(({ index, batch }) => {
            const anchor = { kind: 'batch', poolId, index } as const;
            return (
              <li key={index}>
                Batch {index + 1}: {describeSelector(batch.nodeSelector)} (priority {batch.priority}){' '}
                <CommentButton anchor={anchor} about={describeAnchor(anchor, revision.poolNames)} onComment={onComment} />
              </li>
            );
          })}
        </Box>
      </Box>
    );
  });
}

/** Everything the revision asks CCE to do, as the reviewers approve it. */
export function RevisionFacts({ revision, onComment }: { revision: Revision; onComment: CommentOn }) {
  const { plan, preCheck, acceptedRisks } = revision;
  return (
    <PlanSection title="What this revision does">
      <FactList
        label="Upgrade strategy"
        facts={[
          ['Target version', plan.targetVersion],
          ['Step', `up to ${plural(plan.userDefinedStep, 'node')} per wave`],
          ['Scope', scopeWords[plan.scope]],
          ['Node-pool order', <PoolOrder key="order" revision={revision} />],
          ['Pre-check', preCheck ? `Task ${preCheck.taskId}: ${preCheck.phase}${preCheck.expiresAt ? `, valid until ${formatTime(preCheck.expiresAt)}` : ''}` : 'None recorded'],
          ['Request SHA-256', <Sha256 key="body" label="Request SHA-256" value={revision.bodySha256} />],
        ]}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>Batches</Typography>
      <Batches revision={revision} onComment={onComment} />
      <Typography variant="h3" sx={{ mt: 2 }}>Add-ons</Typography>
      <RevisionAddons revision={revision} onComment={onComment} />
      <Typography variant="h3" sx={{ mt: 2 }}>Accepted risks</Typography>
      {acceptedRisks.length === 0 ? (
        <Typography>None.</Typography>
      ) : (
        <Box component="ul" aria-label="Accepted risks" sx={{ my: 0, pl: 3 }}>
          {acceptedRisks.map((risk) => <li key={`${risk.name}:${risk.nodeUids?.join(',') ?? ''}`}>{risk.name}: “{risk.reason}”</li>)}
        </Box>
      )}
    </PlanSection>
  );
}
