import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import '../shared/zod-messages';
import { randomUUID } from 'node:crypto';
import type { ClusterChanges } from './cluster-changes';
import { createClusterChanges } from './cluster-changes';
import { CceError, errorForStatus, notFound } from './errors';
import type { FaultController } from './faults';
import { createFaultController } from './faults';
import { controlRoutes } from './control-routes';
import { operationRoutes } from './operations';
import type { RequestLog } from './request-log';
import { createRequestLog } from './request-log';
import { defaultKubernetesToken, kubernetesRoutes } from './kubernetes-routes';
import { createHandlers } from './handlers';
import { seedState } from './seed/clusters';
import { verifySignature } from './signature';
import type { SimStore } from './store';
import { createStore } from './store';

export { demoClusters, type DemoClusterName } from './seed/demo-clusters';
export { handLabelledNodes, type HandLabelledNode } from './seed/hand-labelled';
export { faultSpecSchema, type FaultSpec } from './faults';
export type { ReceivedRequest } from './request-log';

export interface SimulatorOptions {
  credentials: { ak: string; sk: string };
  /** 32 lower-case hex characters. */
  projectId: string;
  /** Bearer token of the simulated Kubernetes APIs under /k8s/; default derived from the credentials. */
  kubernetesToken?: string;
  /** Wall time a whole upgrade task takes; default 120 000 ms. */
  upgradeDurationMs?: number;
  /** Wall time a pre-check takes; default 4 000 ms. */
  preCheckDurationMs?: number;
  /** How long a finished pre-check stays valid (its expireTimeStamp); default 30 min. */
  preCheckTtlMs?: number;
  /** Clock in ms; inject one to step upgrade tasks deterministically. */
  now?: () => number;
  logger?: boolean;
}

/** In-process handles for tests; the same controls are served over HTTP under /__sim/. */
export interface SimulatorControls {
  faults: FaultController;
  received: RequestLog;
  store: SimStore;
  kubernetesToken: string;
  /** Arms a failure for the cluster's next upgrade: it stops in wave `atWave` (1-based) until retried. */
  failUpgrade(clusterId: string, atWave: number, reason: string): void;
  /** Nodes added or relabelled, patches and add-on versions moved behind the planner's back (drift tests). */
  changes: ClusterChanges;
  /** Signature checks run on a clock this far off, so a fresh X-Sdk-Date can look expired. */
  skewClock(ms: number): void;
  /** Fresh fleet, no faults, empty log, no skew. */
  reset(): void;
}

export type SimulatorInstance = FastifyInstance & { simulator: SimulatorControls };

/**
 * A simulated CCE endpoint: every operation of `cceOperations` under /api, behind AK/SK verification,
 * each cluster's Kubernetes node list under /k8s/{cluster_id}/api/v1/nodes behind a bearer token,
 * plus unsigned test controls: GET|DELETE /__sim/requests, GET /__sim/faults, PUT /__sim/faults/:operation,
 * DELETE /__sim/faults, PUT /__sim/upgrade-failures/:clusterId {atWave, reason}, PUT /__sim/clock {skewMs},
 * the cluster changes of cluster-control-routes.ts under /__sim/clusters/:clusterId/
 * and POST /__sim/reset (fresh fleet, no faults, empty log, no skew). Built, not listening.
 */
export function buildSimulator(options: SimulatorOptions): SimulatorInstance {
  const now = options.now ?? Date.now;
  const app = Fastify({
    logger: options.logger ?? false,
    // Huawei request ids are 32 hex characters.
    genReqId: () => randomUUID().replaceAll('-', ''),
  });
  let skewMs = 0;
  const store = createStore(seedState);
  const controls: SimulatorControls = {
    faults: createFaultController(),
    received: createRequestLog(),
    store,
    kubernetesToken: options.kubernetesToken ?? defaultKubernetesToken(options.credentials),
    changes: createClusterChanges(store, now),
    failUpgrade(clusterId, atWave, reason) {
      store.cluster(clusterId, now()).nextUpgradeFailure = { atWave, reason };
    },
    skewClock(ms) {
      skewMs = ms;
    },
    reset() {
      store.reset();
      controls.faults.clear();
      controls.received.clear();
      skewMs = 0;
    },
  };

  // Every body is kept as the exact string received: the signature covers those bytes, and JSON is parsed by the handlers.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const cce = error instanceof CceError ? error : errorForStatus(error.statusCode ?? 500, error.statusCode ? error.message : undefined);
    if (cce.statusCode >= 500) request.log.error(error);
    return reply.code(cce.statusCode).send(cce.toBody());
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(notFound(`Route ${request.method} ${request.url.split('?')[0]}`).toBody()));

  const handlers = createHandlers({
    store,
    upgradeDurationMs: options.upgradeDurationMs ?? 120_000,
    preCheckDurationMs: options.preCheckDurationMs ?? 4_000,
    preCheckTtlMs: options.preCheckTtlMs ?? 30 * 60_000,
  });
  const verify = verifySignature({ credentials: options.credentials, now: () => now() + skewMs });
  const closing = new AbortController();
  app.addHook('preClose', async () => closing.abort());
  app.register(operationRoutes, {
    prefix: '/api',
    projectId: options.projectId,
    now,
    handlers,
    faults: controls.faults,
    log: controls.received,
    verify,
    closing: closing.signal,
  });
  app.register(kubernetesRoutes, { prefix: '/k8s', store, token: controls.kubernetesToken, now });
  app.register(controlRoutes, { prefix: '/__sim', controls });

  return Object.assign(app, { simulator: controls });
}
