import type { FastifyInstance } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { kubernetesNodeList } from './kubernetes-nodes';
import type { SimStore } from './store';

export interface KubernetesRoutesOptions {
  store: SimStore;
  token: string;
  now: () => number;
}

/** Without an explicit token, one tied to the simulator's credentials, so it is as secret as they are. */
export const defaultKubernetesToken = (credentials: { sk: string }) =>
  createHmac('sha256', credentials.sk).update('simulated kubernetes api bearer token').digest('base64url');

/** Kubernetes' own error shape (metav1.Status). */
const status = (code: number, reason: string, message: string) => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Each simulated cluster's Kubernetes API, as far as the planner reads it: `/k8s/{cluster_id}/api/v1/nodes`,
 * behind a bearer token as a kubeconfig's user token would be. Outside /api, so the BFF's CCE allow-list
 * can never forward to it.
 */
export async function kubernetesRoutes(app: FastifyInstance, { store, token, now }: KubernetesRoutesOptions) {
  app.addHook('onRequest', async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, token)) return reply.code(401).send(status(401, 'Unauthorized', 'Unauthorized'));
  });
  app.get<{ Params: { cluster_id: string } }>('/:cluster_id/api/v1/nodes', async (request, reply) => {
    const at = now();
    const cluster = store.clusters(at).find((c) => c.resource.metadata.uid === request.params.cluster_id);
    if (!cluster) return reply.code(404).send(status(404, 'NotFound', `no Kubernetes API for cluster ${request.params.cluster_id}`));
    return kubernetesNodeList(cluster, at);
  });
}
