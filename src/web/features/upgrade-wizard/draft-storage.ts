import { z } from 'zod/mini';
import type { AcceptedRisk } from '../../../shared/bff-api';
import { planSchema, type Plan } from '../../../shared/plan';
import { planIdSchema } from '../../../shared/ids';
import { readStored } from '../../lib/stored';
import { newSafeSubmitState, safeSubmitStateSchema, type SafeSubmitState } from './safe-submit-state';

/** Where the draft lives in sessionStorage; tests that seed or read a draft use this, never a copy of the text. */
export const DRAFT_KEY = 'cce-upgrade-planner:draft';

/** The saved revision a draft edits: saving it makes the plan's next revision instead of a new plan. */
export const reviseLinkSchema = z.object({ planId: planIdSchema, revision: z.int().check(z.gte(1)) });
export type ReviseLink = z.infer<typeof reviseLinkSchema>;

// A draft may not have reached the cluster or version choice yet; everything else must already be valid.
const draftSchema = z.object({
  stepId: z.string(),
  /** The furthest step reached: the stepper lets the user jump back to any step up to it. Older drafts: their step. */
  furthestStepId: z.optional(z.string()),
  plan: z.extend(planSchema, {
    clusterId: z.union([planSchema.shape.clusterId, z.literal('')]),
    targetVersion: z.union([planSchema.shape.targetVersion, z.literal('')]),
  }),
  // Drafts stored before safe submit existed get a fresh key and no check.
  safeSubmit: z.pipe(
    z.optional(safeSubmitStateSchema),
    z.transform((value) => value ?? newSafeSubmitState()),
  ),
  // Drafts stored before saved plans existed are new plans.
  revise: z.pipe(
    z.optional(z.nullable(reviseLinkSchema)),
    z.transform((value) => value ?? null),
  ),
});
export type Draft = z.infer<typeof draftSchema>;

/** The stored draft, or null when there is none or it no longer parses (it is then discarded). */
export function loadDraft(): Draft | null {
  const draft = readStored(sessionStorage, DRAFT_KEY, draftSchema);
  if (draft === null) sessionStorage.removeItem(DRAFT_KEY);
  return draft;
}

/** Stores the draft when it is valid; a half-typed value never overwrites the last good draft. */
export function saveDraft(stepId: string, plan: Plan, safeSubmit: SafeSubmitState, revise: ReviseLink | null, furthestStepId: string = stepId): void {
  const parsed = draftSchema.safeParse({ stepId, furthestStepId, plan, safeSubmit, revise });
  if (parsed.success) storeDraft(parsed.data);
}

/** Stores a draft for the wizard to open next, replacing the one it held. */
export function storeDraft(draft: Draft): void {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
}

/**
 * A draft that opens on the review step with a plan made before (a saved revision, a plan file). Its risks were
 * accepted for this plan and stay accepted; its pre-check was of the cluster as it was then, so the check must be run
 * again; and it is a new plan to send, with an idempotency key of its own.
 */
export function seededDraft(plan: Plan, acceptedRisks: AcceptedRisk[], revise: ReviseLink | null): Draft {
  return { stepId: 'review', plan, safeSubmit: { ...newSafeSubmitState(), acceptedRisks }, revise };
}

export function clearDraft(): void {
  sessionStorage.removeItem(DRAFT_KEY);
}
