import { z } from 'zod/mini';
import { acceptedRiskSchema } from './bff-api';
import { clusterSnapshotSchema, driftItemSchema } from './cluster-snapshot';
import { addonTemplateNameSchema, clusterIdSchema, planIdSchema, poolIdSchema, revisionNumberSchema, taskIdSchema } from './ids';
import { planSchema } from './plan';
import { schemaMessage } from './schema-messages';

/**
 * The wire contract of reviewable plans: a plan is a series of immutable revisions of one cluster's upgrade; a
 * revision is reviewed (approved or sent back) by operators other than its author, discussed in comments, and only an
 * approved revision's exact text is submitted, after a fresh snapshot of the cluster shows no drift.
 */

/** Who did something, as the BFF names them: the signed-in subject and name, or the loopback user without sign-in. */
export const actorSchema = z.object({ subject: z.string(), name: z.string() });
export type Actor = z.infer<typeof actorSchema>;

/**
 * `draft`: the latest revision has no passing pre-check yet; `in-review`: fewer approvals than required;
 * `changes-requested`: a reviewer sent the latest revision back; `approved`: ready to submit; `submitted`: CCE accepted
 * a revision; `superseded`: another plan for the cluster was submitted after this one's latest revision.
 */
export const planStateSchema = z.enum(['draft', 'in-review', 'changes-requested', 'approved', 'submitted', 'superseded']);
export type PlanState = z.infer<typeof planStateSchema>;

/**
 * POST /api/clusters/:clusterId/plans (a new plan, revision 1) and POST /api/plans/:planId/revisions (revision n+1).
 * `request` is the exact UpgradeCluster text; `plan` must serialise to it. The BFF takes the cluster snapshot and reads
 * the pre-check from CCE itself.
 */
export const saveRevisionSchema = z.strictObject({
  request: z.string().check(z.minLength(2), z.maxLength(200_000)),
  plan: planSchema,
  acceptedRisks: z.array(acceptedRiskSchema).check(z.maxLength(200)),
  /** The pre-check this revision relies on, if one was run for it. */
  preCheckTaskId: z.nullable(taskIdSchema),
  /** For a new revision: the revision it was edited from, which must still be the latest (else 409 REVISION_STALE). */
  basedOn: z.optional(revisionNumberSchema),
});
export type SaveRevision = z.infer<typeof saveRevisionSchema>;

export const savedRevisionSchema = z.object({ planId: planIdSchema, revision: z.int() });
export type SavedRevision = z.infer<typeof savedRevisionSchema>;

export const preCheckRecordSchema = z.object({
  taskId: z.string(),
  /** CCE's phase of the check when the revision was saved (Success, Failed, …). */
  phase: z.string(),
  expiresAt: z.nullable(z.iso.datetime()),
});
export type PreCheckRecord = z.infer<typeof preCheckRecordSchema>;

export const reviewVerdictSchema = z.enum(['approve', 'request-changes']);
/** POST /api/plans/:planId/revisions/:n/reviews */
export const reviewRevisionSchema = z.discriminatedUnion('verdict', [
  z.strictObject({ verdict: z.literal('approve'), reason: z.optional(z.string().check(z.trim(), z.maxLength(2000, schemaMessage('keepToCharacters', { max: 2000 })))) }),
  z.strictObject({
    verdict: z.literal('request-changes'),
    reason: z.string().check(z.trim(), z.minLength(10, schemaMessage('reviewReason', { min: 10 })), z.maxLength(2000, schemaMessage('keepToCharacters', { max: 2000 }))),
  }),
]);
export type ReviewRevision = z.infer<typeof reviewRevisionSchema>;

export const reviewSchema = z.object({
  revision: z.int(),
  reviewer: actorSchema,
  verdict: reviewVerdictSchema,
  reason: z.nullable(z.string()),
  at: z.iso.datetime(),
  /** The hashes the verdict was given on: an approval counts only for exactly this text on exactly this snapshot. */
  bodySha256: z.string(),
  snapshotSha256: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;

/** What a comment is about: the whole plan, one wave, one batch of a pool, or one add-on patch. */
export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('plan') }),
  z.strictObject({ kind: z.literal('wave'), wave: z.int().check(z.gte(1), z.lte(100_000)) }),
  z.strictObject({ kind: z.literal('batch'), poolId: poolIdSchema, index: z.int().check(z.gte(0), z.lte(1000)) }),
  z.strictObject({ kind: z.literal('addon'), name: addonTemplateNameSchema }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/** The longest comment, in characters. */
export const COMMENT_TEXT_MAX = 4000;

/** POST /api/plans/:planId/revisions/:n/comments */
export const addCommentSchema = z.strictObject({
  anchor: commentAnchorSchema,
  text: z.string().check(z.trim(), z.minLength(1, schemaMessage('commentText')), z.maxLength(COMMENT_TEXT_MAX, schemaMessage('keepToCharacters', { max: COMMENT_TEXT_MAX }))),
});
export type AddComment = z.infer<typeof addCommentSchema>;

export const commentSchema = z.object({
  id: z.string(),
  revision: z.int(),
  anchor: commentAnchorSchema,
  author: actorSchema,
  text: z.string(),
  at: z.iso.datetime(),
});
export type Comment = z.infer<typeof commentSchema>;

export const submissionSchema = z.object({ revision: z.int(), taskId: z.string(), at: z.iso.datetime(), by: actorSchema });

/** One revision in full: GET /api/plans/:planId/revisions/:n. */
export const revisionSchema = z.object({
  planId: planIdSchema,
  revision: z.int(),
  author: actorSchema,
  createdAt: z.iso.datetime(),
  request: z.string(),
  /** SHA-256 of the request's canonical JSON (RFC 8785), as the audit trail names plans. */
  bodySha256: z.string(),
  plan: planSchema,
  /** Pool id → name, from the snapshot, so a reader never meets a bare pool id. */
  poolNames: z.record(z.string(), z.string()),
  acceptedRisks: z.array(acceptedRiskSchema),
  preCheck: z.nullable(preCheckRecordSchema),
  snapshot: clusterSnapshotSchema,
  snapshotSha256: z.string(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const revisionSummarySchema = z.pick(revisionSchema, { revision: true, author: true, createdAt: true, bodySha256: true, snapshotSha256: true });

/** A reason the caller may not review or submit: `revision` is the caller's own latest one, `approvals` how many more are needed. */
export const youNoteSchema = z.strictObject({
  code: z.enum(['submitted', 'viewer', 'own-revision', 'needs-approvals', 'no-pre-check', 'changes-requested', 'superseded']),
  message: z.string(),
  revision: z.optional(z.number()),
  approvals: z.optional(z.number()),
});
export type YouNote = z.infer<typeof youNoteSchema>;

/** GET /api/plans/:planId: the plan, every revision's summary, every review and comment, and what the caller may do. */
export const planDetailSchema = z.object({
  id: planIdSchema,
  clusterId: clusterIdSchema,
  clusterName: z.string(),
  fromVersion: z.string(),
  targetVersion: z.string(),
  author: actorSchema,
  createdAt: z.iso.datetime(),
  state: planStateSchema,
  latestRevision: z.int(),
  approvalsRequired: z.int().check(z.nonnegative()),
  revisions: z.array(revisionSummarySchema),
  reviews: z.array(reviewSchema),
  comments: z.array(commentSchema),
  submission: z.nullable(submissionSchema),
  /** What the caller may do on the latest revision, and why not. */
  you: z.object({
    mayReview: z.boolean(),
    maySubmit: z.boolean(),
    mayRevise: z.boolean(),
    /** Why not, when mayReview or maySubmit is false: by stable code (the SPA words it), in English for API clients. */
    notes: z.array(youNoteSchema),
  }),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const planSummarySchema = z.extend(
  z.pick(planDetailSchema, {
    id: true,
    clusterId: true,
    clusterName: true,
    fromVersion: true,
    targetVersion: true,
    author: true,
    createdAt: true,
    state: true,
    latestRevision: true,
  }),
  { updatedAt: z.iso.datetime(), approvals: z.int() },
);
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** GET /api/plans: every plan of the clusters the caller may see, newest first. */
export const planListSchema = z.object({ items: z.array(planSummarySchema) });
export type PlanList = z.infer<typeof planListSchema>;

/** POST /api/plans/:planId/revisions/:n/drift: the revision's snapshot against a fresh one, without submitting. */
export const driftReportSchema = z.object({
  checkedAt: z.iso.datetime(),
  snapshotSha256: z.string(),
  drift: z.array(driftItemSchema),
});
export type DriftReport = z.infer<typeof driftReportSchema>;
