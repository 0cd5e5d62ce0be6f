import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_HEADER, type SubmitUpgrade } from '../../shared/bff-api';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { SAME_ORIGIN, TEST_CLUSTER } from './recording-upstream';

/** The UpgradeCluster text of a small plan; a different step makes a different plan. */
export const planText = (userDefinedStep = 10, clusterId = TEST_CLUSTER) =>
  serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(clusterId), targetVersion: 'v1.29', userDefinedStep }));

export const upgradeAccepted = (uid = 'task-1') => ({ metadata: { uid }, spec: { clusterUpgradeAction: { version: 'v1.28.15-r30', targetVersion: 'v1.29' } } });

export interface PostOptions {
  /** null sends no Idempotency-Key header. */
  key?: string | null;
  clusterId?: string;
  contentType?: string;
  /** Request headers besides the content type and key; default the same-origin pair the BFF's CSRF check wants. */
  headers?: Record<string, string>;
}

function post(app: FastifyInstance, url: string, payload: string, { key = randomUUID(), contentType = 'application/json', headers: given = SAME_ORIGIN }: PostOptions) {
  const headers: Record<string, string> = { ...given, 'content-type': contentType };
  if (key !== null) headers[IDEMPOTENCY_HEADER] = key;
  return app.inject({ method: 'POST', url, headers, payload });
}

/** POST /api/clusters/:id/upgrade with a submit body (an object) or raw text. */
export const submitUpgrade = (app: FastifyInstance, body: SubmitUpgrade | string, options: PostOptions = {}) =>
  post(app, `/api/clusters/${options.clusterId ?? TEST_CLUSTER}/upgrade`, typeof body === 'string' ? body : JSON.stringify(body), options);

export const retryUpgrade = (app: FastifyInstance, taskId: string, options: PostOptions = {}) =>
  post(app, `/api/clusters/${options.clusterId ?? TEST_CLUSTER}/upgrade/retry`, JSON.stringify({ taskId }), options);
