import { z } from 'zod/mini';
import { acceptedRiskSchema } from './bff-api';
import { clusterSnapshotSchema, driftItemSchema } from './cluster-snapshot';
import { clusterIdSchema, planIdSchema } from './ids';
import { planSchema } from './plan';
import { actorSchema, preCheckRecordSchema } from './plans-api';
import { schemaMessage } from './schema-messages';

/** The file name every plan file ends with, so tools and people recognise one. */
export const PLAN_FILE_SUFFIX = '.cce-plan.json';
export const PLAN_FILE_FORMAT = 'cce-upgrade-plan';
export const PLAN_FILE_VERSION = 1;

const sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, schemaMessage('sha256')));

/**
 * A reviewed plan as a file (`*.cce-plan.json`), to keep in git, review in a pull request, validate in CI
 * (`cce-plan validate`) and import back into the planner. The BFF writes it: the hashes are its canonical SHA-256
 * (RFC 8785) of the request and of the snapshot without its time. `request` is the exact UpgradeCluster text; `plan`
 * is the same plan as the wizard holds it, so a file opens without loss. Versioned: a reader refuses a version it does
 * not know rather than guess.
 */
export const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT),
  formatVersion: z.literal(PLAN_FILE_VERSION, schemaMessage('formatVersion', { version: PLAN_FILE_VERSION })),
  exportedAt: z.iso.datetime(),
  cluster: z.strictObject({ id: clusterIdSchema, name: z.string().check(z.minLength(1), z.maxLength(256)) }),
  fromVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  targetVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  request: z.string().check(z.minLength(2), z.maxLength(200_000)),
  bodySha256: sha256Schema,
  plan: planSchema,
  /** Pool id → name, so a reader of the file never meets a bare pool id. */
  poolNames: z.record(z.string(), z.string()),
  acceptedRisks: z.array(acceptedRiskSchema).check(z.maxLength(200)),
  preCheck: z.nullable(preCheckRecordSchema),
  /** The cluster the plan was made on: what the drift check compares the live cluster against. */
  snapshot: clusterSnapshotSchema,
  snapshotSha256: sha256Schema,
  /** Set when the file was exported from a saved revision: which, and who had approved it then. */
  saved: z.nullable(
    z.strictObject({
      planId: planIdSchema,
      revision: z.int().check(z.gte(1)),
      author: actorSchema,
      approvals: z.array(z.strictObject({ reviewer: actorSchema, at: z.iso.datetime() })),
    }),
  ),
});
export type PlanFile = z.infer<typeof planFileSchema>;

/** POST /api/clusters/:clusterId/plan-file: a plan file for an unsaved plan (the review step), snapshot taken now. */
export { saveRevisionSchema as planFileRequestSchema } from './plans-api';

/**
 * Why a plan file is not what it claims, by stable code (the SPA words it; the BFF's English `message` is for API
 * clients): its plan names another cluster, its snapshot is of another cluster, its request is not its plan's text,
 * its body hash is not its request's, its snapshot hash is not its snapshot's.
 */
export const planFileProblemSchema = z.enum(['plan-cluster', 'snapshot-cluster', 'request-text', 'body-hash', 'snapshot-hash']);
export type PlanFileProblem = z.infer<typeof planFileProblemSchema>;

/** POST /api/clusters/:clusterId/plan-files/check: is the file sound, and is the live cluster still what it was made on? */
export const planFileCheckSchema = z.object({
  /** The file's own consistency: its text is its plan, its hash is its text's, its snapshot hash is its snapshot's. */
  problems: z.array(z.object({ code: planFileProblemSchema, path: z.string(), message: z.string() })),
  checkedAt: z.iso.datetime(),
  drift: z.array(driftItemSchema),
});
export type PlanFileCheck = z.infer<typeof planFileCheckSchema>;
