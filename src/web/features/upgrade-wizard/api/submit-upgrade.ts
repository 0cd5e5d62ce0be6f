import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type AcceptedRisk, type SubmitUpgrade } from '../../../../shared/bff-api';
import { upgradeResponseSchema } from '../../../../shared/cce-responses';
import { ApiError } from '../../../lib/api-client';
import { clusterQueries } from '../../../lib/cluster-queries';
import { postIdempotent } from '../../../lib/idempotent-post';
import { saveSubmittedPlan } from '../../../lib/submitted-plans';
import { BffCode } from '../../../../shared/bff-errors';

export interface SubmitUpgradeInput {
  projectId: string;
  clusterId: string;
  /** The exact text the review step shows; posted unchanged inside the submit body. */
  body: string;
  acceptedRisks: AcceptedRisk[];
  preCheckTaskId?: string;
  idempotencyKey: string;
  /** Set only when a person decided to send a plan whose earlier send has an unknown outcome, with their reason. */
  sendAgain?: SubmitUpgrade['sendAgain'];
}

export interface SubmitUpgradeResult {
  taskId: string;
  /** The BFF answered from an earlier submit of the same plan instead of calling CCE again. */
  replayed: boolean;
}

/** POST /api/clusters/{id}/upgrade: the BFF's audited, idempotent submit route. */
export async function submitUpgrade({ clusterId, body, acceptedRisks, preCheckTaskId, idempotencyKey, sendAgain }: SubmitUpgradeInput): Promise<SubmitUpgradeResult> {
  const { data, replayed } = await postIdempotent({
    url: `/api/clusters/${encodeURIComponent(clusterId)}/upgrade`,
    key: idempotencyKey,
    body: JSON.stringify({ request: body, acceptedRisks, ...(preCheckTaskId ? { preCheckTaskId } : {}), ...(sendAgain ? { sendAgain } : {}) } satisfies SubmitUpgrade),
    schema: upgradeResponseSchema,
    answeredBy: 'cce',
  });
  return { taskId: data.metadata.uid, replayed };
}

/** The BFF held the plan back: an earlier send of it, under another key, has an unknown outcome. */
export function isOutcomeUnknownPlan(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === BffCode.OUTCOME_UNKNOWN_PLAN;
}

export function useSubmitUpgrade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitUpgrade,
    onSuccess: ({ taskId }, { projectId, clusterId, body }) => {
      // The wizard forgets its draft now; the task view predicts waves from exactly what was sent.
      saveSubmittedPlan(taskId, { clusterId, body });
      // The cluster's phase and upgrade info change once CCE accepts the task.
      return queryClient.invalidateQueries({ queryKey: clusterQueries.all(projectId) });
    },
  });
}
