import { useMutation, useQueryClient } from '@tanstack/react-query';
import { driftReportSchema, commentSchema, reviewSchema, type AddComment, type ReviewRevision } from '../../../../shared/plans-api';
import { apiFetch } from '../../../lib/api-client';
import { planQueries, revisionUrl } from './plan-queries';

const postJson = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/** Reviews and comments change the plan's state and lists: the plan is read again once the BFF has them. */
function useRefreshPlan(planId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: planQueries.detail(planId).queryKey, exact: true });
}

export function useReviewRevision(planId: string, revision: number) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (review: ReviewRevision) => apiFetch({ url: `${revisionUrl(planId, revision)}/reviews`, schema: reviewSchema, init: postJson(review) }),
    onSuccess: refresh,
  });
}

export function useAddComment(planId: string, revision: number) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (comment: AddComment) => apiFetch({ url: `${revisionUrl(planId, revision)}/comments`, schema: commentSchema, init: postJson(comment) }),
    onSuccess: refresh,
  });
}

/** Compares the revision's snapshot with the cluster now, without submitting anything. */
export function useCheckDrift(planId: string, revision: number) {
  return useMutation({
    mutationFn: () => apiFetch({ url: `${revisionUrl(planId, revision)}/drift`, schema: driftReportSchema, init: postJson({}) }),
  });
}
