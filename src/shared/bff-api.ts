import { z } from 'zod/mini';
import { driftItemSchema } from './cluster-snapshot';
import { projectIdSchema, taskIdSchema } from './ids';
import { schemaMessage } from './schema-messages';

/** Who is signed in, as the SPA shows it; `canSubmit` hides Submit and Retry from viewers (the BFF enforces it regardless). */
export const sessionUserSchema = z.object({
  name: z.string(),
  role: z.enum(['viewer', 'operator']),
  canSubmit: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** GET /api/session when someone is signed in, or no sign-in is configured: what the SPA needs to know about the BFF. */
export const plannerSessionSchema = z.object({
  mode: z.enum(['demo', 'real']),
  region: z.string(),
  projectId: projectIdSchema,
  /** `none`: no sign-in (the BFF then listens on loopback only); `oidc`: OpenID Connect sign-in. */
  auth: z._default(z.enum(['none', 'oidc']), 'none'),
  /** Who is signed in; absent with auth `none`. */
  user: z.optional(sessionUserSchema),
  /**
   * How many operators other than a revision's author must approve it before it may be submitted (APPROVALS_REQUIRED).
   * 0: plans may be submitted straight from the wizard, and the plan page says nobody else reviewed them.
   */
  approvalsRequired: z._default(z.int().check(z.nonnegative()), 0),
});
export type PlannerSession = z.infer<typeof plannerSessionSchema>;

/** GET /api/session with sign-in configured and nobody signed in: only that, nothing about the region or project. */
const signedOutSessionSchema = z.object({ auth: z.literal('oidc'), user: z.optional(z.undefined()) });
type SignedOutSession = z.infer<typeof signedOutSessionSchema>;

export const sessionSchema = z.union([plannerSessionSchema, signedOutSessionSchema]);
export type Session = z.infer<typeof sessionSchema>;
export const isSignedOut = (session: Session): session is SignedOutSession => !('projectId' in session);

/**
 * Every state-changing call carries this header: a cross-site form cannot send it, and a cross-site script
 * cannot without a CORS preflight the BFF never grants.
 */
export const REQUESTED_WITH_HEADER = 'x-requested-with';
export const REQUESTED_WITH_VALUE = 'XMLHttpRequest';

/** In index.html's `<meta name="csp-nonce" content="…">`; the BFF puts a fresh nonce in its place in every response. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Browser entry points of the sign-in flow (navigations, not fetches). */
export const SIGN_IN_PATH = '/api/auth/login';
export const SIGN_OUT_PATH = '/api/auth/logout';
/** Where the provider sends the browser back (the client's registered redirect URI is <PUBLIC_URL> + this). */
export const CALLBACK_PATH = '/api/auth/callback';
/** The query parameter the BFF adds to the SPA's address when it sends a signed-out browser back, saying why. */
export const SIGNED_OUT_PARAM = 'signed-out';
export const signedOutReasonSchema = z.enum(['signed-out', 'no-role', 'failed']);
export type SignedOutReason = z.infer<typeof signedOutReasonSchema>;

/** The one error shape the BFF answers with, whatever went wrong upstream or locally. */
export const bffErrorSchema = z.object({
  status: z.int(),
  code: z.string(),
  message: z.string(),
  requestId: z.optional(z.string()),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  /** On 429: how long CCE asked callers to wait; on 503 BFF.UPSTREAM_BUSY: how long the planner suggests (also sent as Retry-After). */
  retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
  /** On BFF.OUTCOME_UNKNOWN_PLAN: when the earlier send of the plan, whose outcome is unknown, left the BFF. */
  sentAt: z.optional(z.iso.datetime()),
  /** On BFF.PLAN_DRIFTED: what changed in the cluster since the revision was reviewed. */
  drift: z.optional(z.array(driftItemSchema)),
});
export type BffError = z.infer<typeof bffErrorSchema>;

/** Sent with every submit and retry; the BFF answers a repeat of a key with the first result and never calls CCE twice. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on a response the BFF replayed from an earlier submit instead of calling CCE. */
export const REPLAYED_HEADER = 'idempotent-replayed';
export const idempotencyKeySchema = z.uuid(schemaMessage('uuid'));

/** A pre-check Risk the user accepted, with the reason they wrote; kept in the audit log. */
export const acceptedRiskSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(256)),
  /** The node uids a node-level risk was reported on; omitted for cluster and add-on risks. */
  nodeUids: z.optional(z.array(taskIdSchema).check(z.maxLength(2000))),
  reason: z.string().check(z.trim(), z.minLength(10, schemaMessage('riskReason', { min: 10 })), z.maxLength(2000)),
});
export type AcceptedRisk = z.infer<typeof acceptedRiskSchema>;

export const sendAgainReasonSchema = z
  .string()
  .check(z.trim(), z.minLength(10, schemaMessage('resendReason', { min: 10 })), z.maxLength(2000));

/**
 * POST /api/clusters/{cluster_id}/upgrade (header Idempotency-Key): `request` is the exact UpgradeCluster JSON text the
 * user reviewed; after validation with the shared schema it is forwarded byte for byte. Answers CCE's upgrade response.
 */
export const submitUpgradeSchema = z.strictObject({
  request: z.string().check(z.minLength(2), z.maxLength(200_000)),
  acceptedRisks: z._default(z.array(acceptedRiskSchema).check(z.maxLength(200)), []),
  /** The passing pre-check this submit relies on (then the body carries isOnlyUpgrade: true). */
  preCheckTaskId: z.optional(taskIdSchema),
  /**
   * A person's decision to send this plan although an earlier send of it has an unknown outcome (they looked in the
   * cluster's upgrade tasks and CCE has none), with why; written to the audit log. Harmless without such a send.
   */
  sendAgain: z.optional(z.strictObject({ reason: sendAgainReasonSchema })),
  /**
   * The saved revision this text is (required when the planner needs approvals): `request` must be its text byte for
   * byte, it must have its approvals, and a fresh snapshot of the cluster must show no drift.
   */
  plan: z.optional(z.strictObject({ id: z.uuid(), revision: z.int().check(z.gte(1)) })),
});
export type SubmitUpgrade = z.input<typeof submitUpgradeSchema>;

/** POST /api/clusters/{cluster_id}/upgrade/retry (header Idempotency-Key): retries the failed task. */
export const retryUpgradeSchema = z.strictObject({ taskId: taskIdSchema });
export type RetryUpgrade = z.infer<typeof retryUpgradeSchema>;
