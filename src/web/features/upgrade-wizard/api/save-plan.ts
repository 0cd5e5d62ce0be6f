import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BffCode } from '../../../../shared/bff-errors';
import { savedRevisionSchema, type SavedRevision, type SaveRevision } from '../../../../shared/plans-api';
import { ApiError, apiFetch } from '../../../lib/api-client';
import type { ReviseLink } from '../draft-storage';
import type { RevisionBody } from '../revision-body';

export interface SavePlanInput {
  clusterId: string;
  /** The revision being edited: the save becomes that plan's next revision. Null: a new plan. */
  revise: ReviseLink | null;
  revision: RevisionBody;
}

/** POST /api/clusters/:clusterId/plans (a new plan) or /api/plans/:planId/revisions (the next revision of one). */
export function savePlan({ clusterId, revise, revision }: SavePlanInput): Promise<SavedRevision> {
  const url = revise
    ? `/api/plans/${encodeURIComponent(revise.planId)}/revisions`
    : `/api/clusters/${encodeURIComponent(clusterId)}/plans`;
  const body: SaveRevision = revise ? { ...revision, basedOn: revise.revision } : revision;
  return apiFetch({
    url,
    schema: savedRevisionSchema,
    init: { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
  });
}

/** Someone saved a later revision of the plan, or submitted it, since this one was opened. */
export function isRevisionStale(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === BffCode.REVISION_STALE;
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePlan,
    // Plan lists and the plan's page, if already read, now miss this revision; none of them is on screen beside the
    // wizard, so they are only marked stale and read again when their page opens.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'], refetchType: 'none' }),
  });
}
