import { createContext, useContext } from 'react';
import { z } from 'zod/mini';
import { acceptedRiskSchema, idempotencyKeySchema } from '../../../shared/bff-api';
import { newIdempotencyKey } from '../../lib/idempotent-post';
import { clusterIdSchema, clusterVersionSchema, taskIdSchema } from '../../../shared/ids';
import { addonPatchSchema } from '../../../shared/upgrade-request';

/**
 * What the wizard keeps with a draft beside the plan: none of it is part of the request body, so the plan stays the
 * body's lossless twin.
 */
export const safeSubmitStateSchema = z.object({
  /** The version the user wants to reach; the plan targets the next hop on the way. Empty: the plan's target. */
  goalVersion: z.union([clusterVersionSchema, z.literal('')]),
  /** Sent with the submit so a repeated submit of this plan can never start a second upgrade. */
  idempotencyKey: idempotencyKeySchema,
  acceptedRisks: z.array(acceptedRiskSchema),
  /** The latest pre-check and the plan it checked. */
  preCheck: z.nullable(
    z.object({
      taskId: taskIdSchema,
      checked: z.object({ clusterId: clusterIdSchema, targetVersion: clusterVersionSchema, addons: z.array(addonPatchSchema) }),
    }),
  ),
  /**
   * Whether the request skips CCE's own pre-upgrade check (isOnlyUpgrade) once the planner's check has passed: the
   * user's choice, on by default. Drafts stored before the choice existed keep that default.
   */
  skipCceCheck: z._default(z.boolean(), true),
  /** A submit whose outcome is unknown: kept so a reload still looks for the task it may have started. */
  pendingSubmit: z.nullable(z.object({ clusterId: clusterIdSchema, targetVersion: clusterVersionSchema, body: z.string(), sentAt: z.number() })),
});
export type SafeSubmitState = z.infer<typeof safeSubmitStateSchema>;

export const newSafeSubmitState = (): SafeSubmitState => ({
  goalVersion: '',
  idempotencyKey: newIdempotencyKey(),
  acceptedRisks: [],
  preCheck: null,
  skipCceCheck: true,
  pendingSubmit: null,
});

/** How often the wizard asks CCE while it waits; tests shorten these. */
export interface SafeSubmitTiming {
  preCheckPollMs: number;
  reconcilePollMs: number;
  /** How long to look for the task an unanswered submit may have started before saying there is none. */
  reconcileWindowMs: number;
}

export const defaultTiming: SafeSubmitTiming = { preCheckPollMs: 1_500, reconcilePollMs: 3_000, reconcileWindowMs: 30_000 };

export interface SafeSubmitContextValue {
  state: SafeSubmitState;
  timing: SafeSubmitTiming;
  update: (change: Partial<SafeSubmitState> | ((state: SafeSubmitState) => Partial<SafeSubmitState>)) => void;
}

export const SafeSubmitContext = createContext<SafeSubmitContextValue | null>(null);

export function useSafeSubmitState(): SafeSubmitContextValue {
  const value = useContext(SafeSubmitContext);
  if (!value) throw new Error('useSafeSubmitState outside the upgrade wizard');
  return value;
}
