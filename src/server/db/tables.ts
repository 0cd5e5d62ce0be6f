import type { ColumnType } from 'kysely';

/** A timestamp column: written as a Date, read back as a Date on both drivers. */
type Timestamp = ColumnType<Date, Date, Date>;

/**
 * One row per audit record, append-only. `entry` is the record as JSON text (exactly what is hashed and exported); the
 * other columns repeat a few of its fields for queries. `hash` = SHA-256 of `prev_hash` and `entry`, chaining each
 * row to the one before it, so an edited, deleted or inserted row breaks the chain from there on.
 */
export interface AuditLogTable {
  seq: number;
  time: Timestamp;
  kind: string;
  cluster_id: string;
  idempotency_key: string | null;
  outcome: string;
  entry: string;
  prev_hash: string;
  hash: string;
}

/**
 * The single row naming the chain's last link (and the one before it). Every append updates it in the statement that
 * inserts the record, so appends line up on its row lock across replicas, each chained to the one before.
 */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  prev_hash: string;
}

/** JSON Lines files imported into the audit table, so each is imported once however often the BFF starts. */
export interface AuditImportTable {
  file_sha256: string;
  lines: number;
  imported_at: Timestamp;
}

/** An audit file a replica could not import (its absolute path, for operators) and the message every submit is refused with. */
export interface AuditImportHoldTable {
  path: string;
  message: string;
  since: Timestamp;
}

/**
 * What the BFF remembers of each submit. `pending` is the in-flight claim: one per cluster, and one current row per
 * fingerprint (the plan), both enforced by unique indexes. A pending row past its `deadline` belongs to a replica that
 * stopped mid-call: it reads as unknown. A refused row only answers requests that waited for it; it holds nothing back.
 */
export interface SubmitTable {
  idempotency_key: string;
  fingerprint: string;
  cluster_id: string;
  kind: string;
  state: 'pending' | 'accepted' | 'unknown' | 'refused';
  sent_at: Timestamp;
  deadline: Timestamp;
  /** The answer, as JSON text, once settled. */
  result: string | null;
  /** The send-again that went past this row's unknown outcome, or the later retry of the same task. */
  superseded_by: string | null;
}

/** Sessions and pending sign-ins, by the SHA-256 of their cookie's id: a copy of the table is no key to a session. */
export interface ExpiringTable {
  id_sha256: string;
  value: string;
  expires_at: Timestamp;
}

export interface RateLimitTable {
  key: string;
  count: number;
  window_ends: Timestamp;
}

/** A reviewable plan: what lists show, kept current as revisions are added, and its one submit (JSON text). */
export interface PlanTable {
  id: string;
  cluster_id: string;
  cluster_name: string;
  from_version: string;
  target_version: string;
  author_subject: string;
  author_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  latest_revision: number;
  /** { revision, taskId, by } once CCE accepted a revision. */
  submitted: string | null;
  submitted_at: Timestamp | null;
}

/** One immutable revision; `plan`, `accepted_risks`, `pre_check` and `snapshot` are JSON text. */
export interface PlanRevisionTable {
  plan_id: string;
  revision: number;
  author_subject: string;
  author_name: string;
  created_at: Timestamp;
  request: string;
  body_sha256: string;
  plan: string;
  accepted_risks: string;
  pre_check: string | null;
  snapshot: string;
  snapshot_sha256: string;
}

/** A verdict on one revision, bound to the hashes it was given on; a reviewer's latest verdict on a revision counts. */
export interface PlanReviewTable {
  seq: ColumnType<number, never, never>;
  plan_id: string;
  revision: number;
  reviewer_subject: string;
  reviewer_name: string;
  verdict: 'approve' | 'request-changes';
  reason: string | null;
  body_sha256: string;
  snapshot_sha256: string;
  at: Timestamp;
}

export interface PlanCommentTable {
  id: string;
  plan_id: string;
  revision: number;
  /** JSON text of the comment's anchor (plan, wave, batch, add-on). */
  anchor: string;
  author_subject: string;
  author_name: string;
  text: string;
  at: Timestamp;
}

/** First and last time any replica's poll saw an upgrade task at one position (0 before the waves, n in wave n, then after them). */
export interface UpgradeTaskSightingTable {
  cluster_id: string;
  task_id: string;
  position: number;
  first_seen: Timestamp;
  last_seen: Timestamp;
  /** Seen there Failed or paused: the time at that position is not a wave's working time. */
  interrupted: boolean;
}

/** A succeeded task whose waves have been measured: its row is what makes the measuring happen once. */
export interface UpgradeTaskMeasuredTable {
  cluster_id: string;
  task_id: string;
  measured_at: Timestamp;
}

/** One measured wave: the shortest and longest it can have taken, given when the polls saw it. */
export interface UpgradeWaveDurationTable {
  cluster_id: string;
  task_id: string;
  wave: number;
  pool_id: string | null;
  nodes: number | null;
  shortest_ms: number;
  longest_ms: number;
}

export interface Tables {
  upgrade_task_sighting: UpgradeTaskSightingTable;
  upgrade_task_measured: UpgradeTaskMeasuredTable;
  upgrade_wave_duration: UpgradeWaveDurationTable;
  plan: PlanTable;
  plan_revision: PlanRevisionTable;
  plan_review: PlanReviewTable;
  plan_comment: PlanCommentTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  audit_import: AuditImportTable;
  audit_import_hold: AuditImportHoldTable;
  submit: SubmitTable;
  session: ExpiringTable;
  login_transaction: ExpiringTable;
  rate_limit: RateLimitTable;
}

