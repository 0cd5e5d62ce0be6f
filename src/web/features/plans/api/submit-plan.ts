import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idempotencyKeySchema, type SubmitUpgrade } from '../../../../shared/bff-api';
import { upgradeResponseSchema } from '../../../../shared/cce-responses';
import type { Revision } from '../../../../shared/plans-api';
import { isOutcomeUnknown, newIdempotencyKey, postIdempotent } from '../../../lib/idempotent-post';
import { saveSubmittedPlan } from '../../../lib/submitted-plans';
import { planQueries } from './plan-queries';

const keyName = (planId: string, revision: number) => `cce-upgrade-planner:plan-submit:${planId}:${revision}`;

/**
 * One key per plan revision until the BFF answers definitively: a retry after a lost answer (even after a reload)
 * reuses it, so the BFF replays the first result instead of starting a second upgrade.
 */
function idempotencyKeyFor(planId: string, revision: number): string {
  const stored = idempotencyKeySchema.safeParse(sessionStorage.getItem(keyName(planId, revision)));
  if (stored.success) return stored.data;
  const key = newIdempotencyKey();
  sessionStorage.setItem(keyName(planId, revision), key);
  return key;
}

export interface SubmitPlanInput {
  clusterId: string;
  revision: Revision;
}

/** POST /api/clusters/:id/upgrade with the revision's exact text and the plan it comes from. */
async function submitPlan({ clusterId, revision }: SubmitPlanInput): Promise<{ taskId: string }> {
  const body: SubmitUpgrade = {
    request: revision.request,
    acceptedRisks: revision.acceptedRisks,
    ...(revision.preCheck ? { preCheckTaskId: revision.preCheck.taskId } : {}),
    plan: { id: revision.planId, revision: revision.revision },
  };
  const { data } = await postIdempotent({
    url: `/api/clusters/${encodeURIComponent(clusterId)}/upgrade`,
    key: idempotencyKeyFor(revision.planId, revision.revision),
    body: JSON.stringify(body),
    schema: upgradeResponseSchema,
    answeredBy: 'cce',
  });
  return { taskId: data.metadata.uid };
}

export function useSubmitPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitPlan,
    onSettled: (result, error, { clusterId, revision }) => {
      // A definitive answer ends this attempt; only a lost one keeps the key for the retry.
      if (!error || !isOutcomeUnknown(error)) sessionStorage.removeItem(keyName(revision.planId, revision.revision));
      // The task view predicts waves from exactly what was sent.
      if (result) saveSubmittedPlan(result.taskId, { clusterId, body: revision.request });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: planQueries.detail(revision.planId).queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: planQueries.list().queryKey }),
      ]);
    },
  });
}
