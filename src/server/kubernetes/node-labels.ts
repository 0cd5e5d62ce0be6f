import {
  AbortError,
  ApiException,
  CoreV1Api,
  createConfiguration,
  FetchError,
  type KubeConfig,
  Observable,
  type ObservableMiddleware,
  ServerConfiguration,
} from '@kubernetes/client-node';
import { z } from 'zod/mini';
import { kubernetesNodeListSchema, type LabelFailure, type NodeLabels } from '../../shared/node-labels';
import { KubeconfigError, kubeconfigProblemInEnglish } from './kubeconfig-source';
import { noRedirectHttp } from './no-redirect-http';

const DERIVED = 'the preview uses labels derived from CCE data and cannot see labels set by hand.';

/** Bounds the whole call, body included: a hung API server must not hold the wizard's label query for long. */
const deadline = (timeoutMs: number): ObservableMiddleware => ({
  pre: (context) => {
    context.setSignal(AbortSignal.timeout(timeoutMs));
    return new Observable(Promise.resolve(context));
  },
  post: (response) => new Observable(Promise.resolve(response)),
});

/** `GET /api/v1/nodes` through the official client, so kubeconfig auth (tokens, client certs, exec plugins) works as kubectl's does. */
export async function readNodeLabels(kc: KubeConfig, timeoutMs: number): Promise<NodeLabels> {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new KubeconfigError('no-cluster');
  // As kc.makeApiClient builds it, but over an HTTP library that follows no redirect (see no-redirect-http.ts).
  const api = new CoreV1Api(
    createConfiguration({ baseServer: new ServerConfiguration(cluster.server, {}), authMethods: { default: kc }, httpApi: noRedirectHttp }),
  );
  const list = await api.listNode({}, { middleware: [deadline(timeoutMs)], middlewareMergeStrategy: 'append' });
  const { items } = kubernetesNodeListSchema.parse(list);
  return { source: 'kubernetes', nodes: items.map(({ metadata }) => ({ name: metadata.name, labels: metadata.labels ?? {} })) };
}

/** Why labels could not be read: as data for the answer, and a short cause for the log that can carry no secret. */
export interface LabelFailureReport {
  failure: LabelFailure;
  cause: string;
}

export function describeFailure(error: unknown, timeoutMs: number): LabelFailureReport {
  if (error instanceof KubeconfigError) {
    return { failure: { code: error.problem === 'unreadable' ? 'kubeconfig-unreadable' : 'kubeconfig-no-cluster', ...(error.kubeconfig === undefined ? {} : { kubeconfig: error.kubeconfig }) }, cause: 'kubeconfig unusable' };
  }
  if (error instanceof ApiException) {
    const status = Number(error.code);
    if (status >= 300 && status < 400) return { failure: { code: 'redirect', status }, cause: `redirect HTTP ${status}` };
    if (status === 401 || status === 403) return { failure: { code: 'refused', status }, cause: `HTTP ${status}` };
    return { failure: { code: 'http', status }, cause: `HTTP ${status}` };
  }
  if (error instanceof AbortError) return { failure: { code: 'timeout', seconds: timeoutMs / 1000 }, cause: 'timeout' };
  if (error instanceof z.core.$ZodError || error instanceof SyntaxError) return { failure: { code: 'malformed' }, cause: 'malformed node list' };
  const errno = error instanceof FetchError && error.code ? error.code : undefined;
  return { failure: { code: 'unreachable', ...(errno === undefined ? {} : { errno }) }, cause: errno === undefined ? 'unreachable' : `unreachable (${errno})` };
}

const where = { unset: 'Set KUBECONFIG_DIR and put', directory: 'Put' } as const;

/** Why and what to do, in the BFF's English (API clients read it; the SPA words `failure` itself). */
export function labelFailureInEnglish(failure: LabelFailure, clusterId: string): string {
  const [why, todo] = ((): [string, string] => {
    switch (failure.code) {
      case 'no-kubeconfig':
        return [
          'No kubeconfig for this cluster',
          failure.where === 'demo' ? 'In demo mode only the simulator\u2019s own clusters have a Kubernetes API.' : `${where[failure.where]} a kubeconfig at <KUBECONFIG_DIR>/${clusterId}.yaml to read real labels.`,
        ];
      case 'kubeconfig-unreadable':
      case 'kubeconfig-no-cluster':
        return [kubeconfigProblemInEnglish(failure.code === 'kubeconfig-unreadable' ? 'unreadable' : 'no-cluster', failure.kubeconfig), 'Fix or replace that file to read real labels.'];
      case 'redirect':
        return [
          `The cluster's Kubernetes API answered with a redirect (HTTP ${failure.status}), which the planner does not follow: it would carry the kubeconfig's credentials elsewhere`,
          "Set the kubeconfig's server to the API server's own address.",
        ];
      case 'refused':
        return [`The cluster's Kubernetes API refused the kubeconfig's credentials (HTTP ${failure.status})`, 'Renew the token or certificate in the kubeconfig and make sure its user may list nodes.'];
      case 'http':
        return [`The cluster's Kubernetes API answered HTTP ${failure.status} to the node list`, 'Check the API server, then reload.'];
      case 'timeout':
        return [`The cluster's Kubernetes API did not answer within ${failure.seconds} s`, 'Check that the API server address in the kubeconfig is reachable from the planner.'];
      case 'malformed':
        return ["The cluster's Kubernetes API sent a node list the planner could not read", "Check that the kubeconfig's server is the cluster's API server."];
      case 'unreachable':
        return [
          `The cluster's Kubernetes API could not be reached${failure.errno === undefined ? '' : ` (${failure.errno})`}`,
          'Check the server address in the kubeconfig and the network path from the planner.',
        ];
    }
  })();
  return `${why}: ${DERIVED} ${todo}`;
}
