import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { NodeLabels } from '../../shared/node-labels';
import { clusterParams } from '../auth/route-access';
import { parsePathParam } from '../cce/allow-list';
import type { KubeconfigSource } from '../kubernetes/kubeconfig-source';
import { describeFailure, labelFailureInEnglish, readNodeLabels } from '../kubernetes/node-labels';
import type { LabelFailure } from '../../shared/node-labels';

export interface NodeLabelsRoutesOptions {
  kubeconfigs: KubeconfigSource;
  timeoutMs: number;
}

/**
 * GET /api/clusters/:cluster_id/node-labels — the cluster's real Kubernetes node labels when the BFF holds a
 * kubeconfig for it. Anything short of that is a 200 "derived" answer saying why: the preview still works
 * on labels derived from CCE data, and the user learns what it cannot see.
 */
const derived = (failure: LabelFailure, clusterId: string): NodeLabels => ({ source: 'derived', failure, reason: labelFailureInEnglish(failure, clusterId) });

/**
 * The cluster's node labels: real ones from its Kubernetes API when the BFF holds a kubeconfig for it, else a "derived"
 * answer saying why (labels then come from CCE data). Never throws for a cluster that cannot be read.
 */
export async function nodeLabelsOf(kubeconfigs: KubeconfigSource, clusterId: string, timeoutMs: number, log: FastifyBaseLogger): Promise<NodeLabels> {
  try {
    const kc = kubeconfigs.kubeconfigFor(clusterId);
    if (!kc) return derived({ code: 'no-kubeconfig', where: kubeconfigs.missing }, clusterId);
    return await readNodeLabels(kc, timeoutMs);
  } catch (error) {
    const { failure, cause } = describeFailure(error, timeoutMs);
    log.warn({ clusterId, cause }, 'Kubernetes node labels unavailable; answering with derived labels');
    return derived(failure, clusterId);
  }
}

export const nodeLabelsRoutes: FastifyPluginAsync<NodeLabelsRoutesOptions> = async (app, { kubeconfigs, timeoutMs }) => {
  app.get<{ Params: { cluster_id: string } }>(
    '/api/clusters/:cluster_id/node-labels',
    { config: { access: { needs: 'viewer', clusters: clusterParams('cluster_id'), limit: 'read' } } },
    async (request): Promise<NodeLabels> => {
      const clusterId = parsePathParam('cluster_id', request.params.cluster_id);
      return nodeLabelsOf(kubeconfigs, clusterId, timeoutMs, request.log);
    },
  );
};
