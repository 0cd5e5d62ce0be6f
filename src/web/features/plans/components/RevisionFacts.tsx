import { Box, Typography } from '@mui/material';
import type { Revision } from '../../../../shared/plans-api';
import { orderBatches, orderPools } from '../../../../shared/waves';
import { snapshotInventory } from '../../../../shared/cluster-snapshot';
import { FactList } from '../../../components/FactList';
import { describeSelector } from '../../../lib/describe-selector';
import { useT } from '../../../i18n/parts/plans';
import { describeAnchor, formatTime } from '../plan-words';
import { CommentButton, type CommentOn } from './CommentButton';
import { PlanSection } from './PlanSection';
import { RevisionAddons } from './RevisionAddons';
import { Sha256 } from '../../../components/Sha256';

function PoolOrder({ revision }: { revision: Revision }) {
  const t = useT();
  const { pools } = snapshotInventory(revision.snapshot);
  const order = revision.plan.nodePoolOrder;
  return (
    <Box component="ol" aria-label={t('plans.facts.poolOrderList')} sx={{ my: 0, pl: 3 }}>
      {orderPools(pools, order).map((pool) => (
        <li key={pool.id}>
          {t('plans.facts.poolPriority', { pool: revision.poolNames[pool.id] ?? pool.name, priority: order[pool.id] ?? 0 })}
        </li>
      ))}
    </Box>
  );
}

function Batches({ revision, onComment }: { revision: Revision; onComment: CommentOn }) {
  const t = useT();
  const pools = Object.entries(revision.plan.nodeOrder);
  if (pools.length === 0) return <Typography>{t('plans.facts.noBatches')}</Typography>;
  return pools.map(([poolId, batches]) => {
    const poolName = revision.poolNames[poolId] ?? poolId;
    return (
      <Box key={poolId}>
        <Typography variant="subtitle1" component="h4">{t('plans.facts.batchesOf', { pool: poolName })}</Typography>
        <Box component="ol" aria-label={t('plans.facts.batchesOf', { pool: poolName })} sx={{ my: 0, pl: 3 }}>
          {orderBatches(batches).map(({ index, batch }) => {
            const anchor = { kind: 'batch', poolId, index } as const;
            return (
              <li key={index}>
                {t('plans.facts.batch', { batch: index + 1, selector: describeSelector(batch.nodeSelector), priority: batch.priority })}{' '}
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
  const t = useT();
  const { plan, preCheck, acceptedRisks } = revision;
  return (
    <PlanSection title={t('plans.facts.heading')}>
      <FactList
        label={t('plans.facts.strategy')}
        facts={[
          [t('plans.facts.target'), plan.targetVersion],
          [t('plans.facts.step'), t('plans.facts.stepValue', { nodes: plan.userDefinedStep })],
          [t('plans.facts.scope'), t('plans.facts.scopeValue', { scope: plan.scope })],
          [t('plans.facts.poolOrder'), <PoolOrder key="order" revision={revision} />],
          [
            t('plans.facts.preCheck'),
            preCheck
              ? preCheck.expiresAt
                ? t('plans.facts.preCheckUntil', { taskId: preCheck.taskId, phase: preCheck.phase, at: formatTime(preCheck.expiresAt) })
                : t('plans.facts.preCheckTask', { taskId: preCheck.taskId, phase: preCheck.phase })
              : t('plans.facts.preCheckNone'),
          ],
          [t('plans.facts.requestHash'), <Sha256 key="body" label={t('plans.facts.requestHash')} value={revision.bodySha256} />],
        ]}
      />
      <Typography variant="h3" sx={{ mt: 2 }}>{t('plans.facts.batches')}</Typography>
      <Batches revision={revision} onComment={onComment} />
      <Typography variant="h3" sx={{ mt: 2 }}>{t('plans.facts.addons')}</Typography>
      <RevisionAddons revision={revision} onComment={onComment} />
      <Typography variant="h3" sx={{ mt: 2 }}>{t('plans.facts.risks')}</Typography>
      {acceptedRisks.length === 0 ? (
        <Typography>{t('plans.facts.risksNone')}</Typography>
      ) : (
        <Box component="ul" aria-label={t('plans.facts.risks')} sx={{ my: 0, pl: 3 }}>
          {acceptedRisks.map((risk) => <li key={`${risk.name}:${risk.nodeUids?.join(',') ?? ''}`}>{t('plans.facts.risk', { name: risk.name, reason: risk.reason })}</li>)}
        </Box>
      )}
    </PlanSection>
  );
}
