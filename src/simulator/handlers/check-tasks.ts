import { randomUUID } from 'node:crypto';
import { postCheckRequestSchema, preCheckRequestSchema } from '../../shared/check-requests';
import { postCheckResult } from '../check-rules/post-check';
import { preCheckReport, preCheckView } from '../check-rules/pre-check';
import { invalidRequest, notFound } from '../errors';
import type { OperationHandler } from '../operations';
import { minorOf } from '../../shared/upgrade-path';
import type { SimStore } from '../store';
import { checkBodyCluster, checkTarget, parseBody } from './request-validation';

export interface CheckHandlerOptions {
  store: SimStore;
  /** Wall time a pre-check takes. */
  preCheckDurationMs: number;
  /** How long a finished pre-check's results stay valid (its expireTimeStamp). */
  preCheckTtlMs: number;
}

// A long-running demo keeps only each cluster's latest pre-checks; older ids then answer 404, as expired tasks would.
const KEPT_PRE_CHECKS = 50;

export function checkHandlers({ store, preCheckDurationMs, preCheckTtlMs }: CheckHandlerOptions) {
  /** Reference §5.1: checks the same preconditions as the upgrade, then runs for preCheckDurationMs. */
  const createPreCheck: OperationHandler = ({ params, body, now }) => {
    const cluster = store.cluster(params.cluster_id, now);
    const { spec } = parseBody(preCheckRequestSchema, body);
    checkBodyCluster(cluster, spec.clusterID);
    const running = `${cluster.release}-${cluster.patch}`;
    if (spec.clusterVersion !== undefined && minorOf(spec.clusterVersion) !== cluster.resource.spec.version) {
      throw invalidRequest(`spec.clusterVersion: the cluster runs ${running}, not ${spec.clusterVersion}`);
    }
    const targetMinor = checkTarget(cluster, spec.targetVersion, now);
    const check = {
      uid: randomUUID(),
      spec,
      report: preCheckReport(cluster, targetMinor, spec.skippedCheckItemList ?? [], now),
      startedAt: now,
      durationMs: preCheckDurationMs,
      ttlMs: preCheckTtlMs,
    };
    cluster.preChecks = [...cluster.preChecks, check].slice(-KEPT_PRE_CHECKS);
    return preCheckView(check, now);
  };

  const showPreCheck: OperationHandler = ({ params, now }) => {
    const check = store.cluster(params.cluster_id, now).preChecks.find((c) => c.uid === params.task_id);
    if (!check) throw notFound(`Pre-check task ${params.task_id ?? ''}`);
    return preCheckView(check, now);
  };

  /** Reference §9: synchronous. */
  const createPostCheck: OperationHandler = ({ params, body, now }) => {
    const cluster = store.cluster(params.cluster_id, now);
    const { spec } = parseBody(postCheckRequestSchema, body);
    checkBodyCluster(cluster, spec.clusterID);
    return postCheckResult(cluster, randomUUID(), spec, now);
  };

  return { createPreCheck, showPreCheck, createPostCheck };
}
