import { z } from 'zod/mini';

/**
 * Every error code the BFF itself answers with (`code` in the error body). The BFF, the SPA and the msw handlers name
 * codes only through this table, so a code the BFF never sends cannot appear in the SPA or a mock. Codes CCE sent are
 * passed on in their own namespaces (CCE., APIG., …) and never in BFF. — see server/cce/upstream-error.ts.
 */
export const BffCode = {
  // The request itself
  BAD_REQUEST: 'BFF.BAD_REQUEST',
  BAD_TARGET: 'BFF.BAD_TARGET',
  HEADERS_TOO_LARGE: 'BFF.HEADERS_TOO_LARGE',
  REQUEST_TIMEOUT: 'BFF.REQUEST_TIMEOUT',
  BODY_TOO_LARGE: 'BFF.BODY_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'BFF.UNSUPPORTED_MEDIA_TYPE',
  INVALID_JSON: 'BFF.INVALID_JSON',
  JSON_TOO_DEEP: 'BFF.JSON_TOO_DEEP',
  DUPLICATE_KEY: 'BFF.DUPLICATE_KEY',
  INVALID_BODY: 'BFF.INVALID_BODY',
  INVALID_PATH: 'BFF.INVALID_PATH',
  INVALID_QUERY: 'BFF.INVALID_QUERY',
  CLUSTER_MISMATCH: 'BFF.CLUSTER_MISMATCH',
  NOT_FOUND: 'BFF.NOT_FOUND',
  NOT_ALLOWED: 'BFF.NOT_ALLOWED',
  USE_SUBMIT_ROUTE: 'BFF.USE_SUBMIT_ROUTE',
  // Who may ask
  MISDIRECTED: 'BFF.MISDIRECTED',
  CROSS_SITE: 'BFF.CROSS_SITE',
  UNAUTHENTICATED: 'BFF.UNAUTHENTICATED',
  FORBIDDEN_ROLE: 'BFF.FORBIDDEN_ROLE',
  FORBIDDEN_CLUSTER: 'BFF.FORBIDDEN_CLUSTER',
  FORBIDDEN_PROJECT: 'BFF.FORBIDDEN_PROJECT',
  RATE_LIMITED: 'BFF.RATE_LIMITED',
  // Submits
  INVALID_IDEMPOTENCY_KEY: 'BFF.INVALID_IDEMPOTENCY_KEY',
  IDEMPOTENCY_KEY_REUSED: 'BFF.IDEMPOTENCY_KEY_REUSED',
  SUBMIT_IN_PROGRESS: 'BFF.SUBMIT_IN_PROGRESS',
  /** Sent, but CCE's answer was lost or unreadable: CCE may or may not have acted. */
  OUTCOME_UNKNOWN: 'BFF.OUTCOME_UNKNOWN',
  /** The same plan was sent before under another key and its outcome is unknown: held back until a person says so. */
  OUTCOME_UNKNOWN_PLAN: 'BFF.OUTCOME_UNKNOWN_PLAN',
  AUDIT_UNAVAILABLE: 'BFF.AUDIT_UNAVAILABLE',
  AUDIT_UNREADABLE: 'BFF.AUDIT_UNREADABLE',
  // Reviewed plans
  /** This planner needs approved plans (APPROVALS_REQUIRED > 0): submit a saved, approved revision. */
  APPROVAL_REQUIRED: 'BFF.APPROVAL_REQUIRED',
  /** The revision lacks the approvals it needs (bound to its body and snapshot hashes). */
  NOT_APPROVED: 'BFF.NOT_APPROVED',
  /** The text submitted is not the revision's text, byte for byte. */
  PLAN_TEXT_CHANGED: 'BFF.PLAN_TEXT_CHANGED',
  /** The cluster is no longer what the revision was reviewed on; `drift` lists what changed. */
  PLAN_DRIFTED: 'BFF.PLAN_DRIFTED',
  /** A later revision exists, or the plan was already submitted: this revision can no longer be reviewed or sent. */
  REVISION_STALE: 'BFF.REVISION_STALE',
  /** The author of a revision cannot approve it or request changes on it. */
  SELF_REVIEW: 'BFF.SELF_REVIEW',
  // CCE
  UPSTREAM_BUSY: 'BFF.UPSTREAM_BUSY',
  UPSTREAM_TIMEOUT: 'BFF.UPSTREAM_TIMEOUT',
  UPSTREAM_UNREACHABLE: 'BFF.UPSTREAM_UNREACHABLE',
  UPSTREAM_MALFORMED: 'BFF.UPSTREAM_MALFORMED',
  UPSTREAM_TOO_LARGE: 'BFF.UPSTREAM_TOO_LARGE',
  UPSTREAM_BAD_STATUS: 'BFF.UPSTREAM_BAD_STATUS',
  /** Readiness: the BFF's database does not answer. */
  DATABASE_UNAVAILABLE: 'BFF.DATABASE_UNAVAILABLE',
  INTERNAL: 'BFF.INTERNAL',
} as const;
export type BffCode = (typeof BffCode)[keyof typeof BffCode];

const bffCodeSchema = z.enum(Object.values(BffCode) as [BffCode, ...BffCode[]]);
export const isBffCode = (code: string): code is BffCode => bffCodeSchema.safeParse(code).success;
