import type { FastifyBaseLogger } from 'fastify';
import { parseCceTime } from '../../shared/cce-time';
import { serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import type { Actor, PreCheckRecord, SaveRevision } from '../../shared/plans-api';
import { upgradeRequestSchema } from '../../shared/upgrade-request';
import { BffCode } from '../../shared/bff-errors';
import type { NewRevision } from '../db/plan-table';
import { BffHttpError } from '../errors';
import { parseJsonText, parseWith } from '../json-body';
import { canonicalSha256 } from '../submit/plan-hash';
import { readCce, type SnapshotSource, snapshotSha256, takeSnapshot } from './take-snapshot';

async function preCheckRecord(source: SnapshotSource, clusterId: string, taskId: string, log: FastifyBaseLogger): Promise<PreCheckRecord> {
  const task = await readCce(source, 'showPreCheck', { cluster_id: clusterId, task_id: taskId }, [], log);
  const expires = parseCceTime(task.status.expireTimeStamp);
  return { taskId, phase: task.status.phase, expiresAt: expires === undefined ? null : new Date(expires).toISOString() };
}

/**
 * A revision as it will be stored: the text checked with the shared schema and against the plan it claims to be (so
 * what is reviewed, read back and submitted is one thing), the cluster snapshot and the pre-check read by the BFF
 * itself from CCE, never taken from the browser.
 */
export async function buildRevision(source: SnapshotSource, body: SaveRevision, clusterId: string, author: Actor, log: FastifyBaseLogger, now: number): Promise<NewRevision> {
  if (body.plan.clusterId !== clusterId) {
    throw new BffHttpError(400, BffCode.CLUSTER_MISMATCH, 'The plan is for another cluster than the one in the path: a revision keeps its plan\u2019s cluster. Start a new plan for that cluster.');
  }
  const request = parseWith(upgradeRequestSchema, parseJsonText(body.request, 'upgrade request'), 'upgrade request');
  if (serializeUpgradeRequest(toUpgradeRequest(body.plan)) !== body.request) {
    throw new BffHttpError(400, BffCode.INVALID_BODY, 'The request text is not the text of the plan sent with it: save the text the review shows, unedited.');
  }
  const bodySha256 = canonicalSha256(request);
  if (bodySha256 === undefined) throw new BffHttpError(400, BffCode.INVALID_BODY, 'The upgrade request has no canonical JSON form (it escapes an unpaired UTF-16 surrogate).');
  const [snapshot, preCheck] = await Promise.all([
    takeSnapshot(source, clusterId, log, now),
    body.preCheckTaskId === null ? null : preCheckRecord(source, clusterId, body.preCheckTaskId, log),
  ]);
  return {
    author,
    createdAt: new Date(now),
    request: body.request,
    bodySha256,
    plan: body.plan,
    acceptedRisks: body.acceptedRisks,
    preCheck,
    snapshot,
    snapshotSha256: snapshotSha256(snapshot),
  };
}
