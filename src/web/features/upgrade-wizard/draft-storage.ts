import { z } from 'zod';
import { planSchema, type Plan } from '../../../shared/plan';
import { planIdSchema } from '../../../shared/plans-api';
import { readStored } from '../../lib/stored';
import { newSafeSubmitState, safeSubmitStateSchema, type SafeSubmitState } from './safe-submit-state';

/** Where the draft lives in sessionStorage; tests that seed or read a draft use this, never a copy of the text. */
export const DRAFT_KEY = 'cce-upgrade-planner:draft';

/** The saved revision a draft edits: saving it makes the plan's next revision instead of a new plan. */
export const reviseLinkSchema = z.object({ planId: planIdSchema, revision: z.number().int().min(1) });
export type ReviseLink = z.infer<typeof reviseLinkSchema>;

// A draft may not have reached the cluster or version choice yet; everything else must already be valid.
const draftSchema = z.object({
  stepId: z.string(),
  plan: planSchema.extend({
    clusterId: planSchema.shape.clusterId.or(z.literal('')),
    targetVersion: planSchema.shape.targetVersion.or(z.literal('')),
  }),
  // Drafts stored before safe submit existed get a fresh key and no check.
  safeSubmit: safeSubmitStateSchema.optional().transform((value) => value ?? newSafeSubmitState()),
  // Drafts stored before saved plans existed are new plans.
  revise: reviseLinkSchema.nullable().optional().transform((value) => value ?? null),
});
export type Draft = z.infer<typeof draftSchema>;

/** The stored draft, or null when there is none or it no longer parses (it is then discarded). */
export function loadDraft(): Draft | null {
  const draft = readStored(sessionStorage, DRAFT_KEY, draftSchema);
  if (draft === null) sessionStorage.removeItem(DRAFT_KEY);
  return draft;
}

/** Stores the draft when it is valid; a half-typed value never overwrites the last good draft. */
export function saveDraft(stepId: string, plan: Plan, safeSubmit: SafeSubmitState, revise: ReviseLink | null): void {
  const parsed = draftSchema.safeParse({ stepId, plan, safeSubmit, revise });
  if (parsed.success) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(parsed.data));
}

export function clearDraft(): void {
  sessionStorage.removeItem(DRAFT_KEY);
}
