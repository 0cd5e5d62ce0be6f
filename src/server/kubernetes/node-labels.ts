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
import { kubernetesNodeListSchema, type NodeLabels } from '../../shared/node-labels';
import { KubeconfigError } from './kubeconfig-source';
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
  if (!cluster) throw new KubeconfigError('The kubeconfig for this cluster has no current context naming a cluster');
  // As kc.makeApiClient builds it, but over an HTTP library that follows no redirect (see no-redirect-http.ts).
  const api = new CoreV1Api(
    createConfiguration({ baseServer: new ServerConfiguration(cluster.server, {}), authMethods: { default: kc }, httpApi: noRedirectHttp }),
  );
  const list = await api.listNode({}, { middleware: [deadline(timeoutMs)], middlewareMergeStrategy: 'append' });
  const { items } = kubernetesNodeListSchema.parse(list);
  return { source: 'kubernetes', nodes: items.map(({ metadata }) => ({ name: metadata.name, labels: metadata.labels ?? {} })) };
}

export interface LabelFailure {
  /** For the user: why the labels could not be read, and what to do. */
  reason: string;
  /** For the log: a short cause that can carry no secret (no messages from the client or the kubeconfig parser). */
  cause: string;
}

export const noKubeconfigReason = (hint: string) => `No kubeconfig for this cluster: ${DERIVED} ${hint}`;

const failure = (why: string, todo: string, cause: string): LabelFailure => ({ reason: `${why}: ${DERIVED} ${todo}`, cause });

export function describeFailure(error: unknown, timeoutMs: number): LabelFailure {
  if (error instanceof KubeconfigError) return failure(error.message, 'Fix or replace that file to read real labels.', 'kubeconfig unusable');
  if (error instanceof ApiException) {
    const status = Number(error.code);
    if (status >= 300 && status < 400) {
      return failure(
        `The cluster's Kubernetes API answered with a redirect (HTTP ${status}), which the planner does not follow: it would carry the kubeconfig's credentials elsewhere`,
        "Set the kubeconfig's server to the API server's own address.",
        `redirect HTTP ${status}`,
      );
    }
    if (status === 401 || status === 403) {
      return failure(
        `The cluster's Kubernetes API refused the kubeconfig's credentials (HTTP ${status})`,
        'Renew the token or certificate in the kubeconfig and make sure its user may list nodes.',
        `HTTP ${status}`,
      );
    }
    return failure(`The cluster's Kubernetes API answered HTTP ${status} to the node list`, 'Check the API server, then reload.', `HTTP ${status}`);
  }
  if (error instanceof AbortError) {
    return failure(
      `The cluster's Kubernetes API did not answer within ${timeoutMs / 1000} s`,
      'Check that the API server address in the kubeconfig is reachable from the planner.',
      'timeout',
    );
  }
  if (error instanceof z.core.$ZodError || error instanceof SyntaxError) {
    return failure(
      "The cluster's Kubernetes API sent a node list the planner could not read",
      "Check that the kubeconfig's server is the cluster's API server.",
      'malformed node list',
    );
  }
  const code = error instanceof FetchError && error.code ? ` (${error.code})` : '';
  return failure(
    `The cluster's Kubernetes API could not be reached${code}`,
    'Check the server address in the kubeconfig and the network path from the planner.',
    `unreachable${code}`,
  );
}
