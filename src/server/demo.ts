import { KubeConfig } from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import { buildSimulator, demoClusters, type SimulatorInstance } from '../simulator/app';
import type { Upstream } from './cce/client';
import { Credentials } from './cce/credentials';
import type { DemoConfig } from './config';
import type { KubeconfigSource } from './kubernetes/kubeconfig-source';

/** Shaped like a real project id so demo mode exercises the same validation as real mode. */
export const DEMO_PROJECT_ID = '0f4e5d2c9b8a47f6a1e3c5b7d9f02468';
export const DEMO_REGION = 'cn-north-4';

/**
 * Demo mode: start the built-in CCE simulator on loopback with throw-away credentials and talk to it
 * over real HTTP with real signing, exactly as in real mode.
 */
export async function startDemoUpstream(
  // The audit log, sign-in and HTTP limits towards browsers are the BFF's business, not the simulator's.
  config: Omit<DemoConfig, 'auditLogPath' | 'database' | 'databaseSchema' | 'auth' | 'rateLimits' | 'http' | 'approvalsRequired'>,
  /** Called after the simulator forgot its tasks (a reset), so the BFF forgets the submits that made them. */
  { onReset }: { onReset?: () => Promise<void> } = {},
): Promise<{ upstream: Upstream; simulator: SimulatorInstance; kubeconfigs: KubeconfigSource }> {
  const credentials = new Credentials(`DEMO${randomBytes(8).toString('hex').toUpperCase()}`, randomBytes(24).toString('base64url'));
  const kubernetesToken = randomBytes(24).toString('base64url');
  const simulator = buildSimulator({
    credentials: { ak: credentials.accessKey(), sk: credentials.secret() },
    projectId: DEMO_PROJECT_ID,
    upgradeDurationMs: config.simulatorUpgradeMs,
    ...(config.simulatorPreCheckMs === undefined ? {} : { preCheckDurationMs: config.simulatorPreCheckMs }),
    kubernetesToken,
  });
  // onSend, not onResponse: the caller hears the reset only once the BFF has forgotten, so a submit that follows the
  // answer is never answered from a memory the reset should have cleared (onResponse raced it on PostgreSQL).
  simulator.addHook('onSend', async (request, reply, payload) => {
    if (onReset && reply.statusCode < 300 && request.method === 'POST' && request.routeOptions.url === '/__sim/reset') await onReset();
    return payload;
  });
  const address = await simulator.listen({ host: '127.0.0.1', port: config.simulatorPort });
  return {
    simulator,
    upstream: { endpoint: address, projectId: DEMO_PROJECT_ID, credentials, timeoutMs: config.timeoutMs },
    kubeconfigs: simulatorKubeconfigs(address, kubernetesToken),
  };
}

/**
 * Demo mode's kubeconfigs, built in memory: each demo cluster's Kubernetes API is the simulator's, reached with
 * @kubernetes/client-node over real HTTP and a bearer token, exactly as a real cluster would be.
 */
export function simulatorKubeconfigs(endpoint: string, token: string): KubeconfigSource {
  const known = new Set<string>(Object.values(demoClusters).map((cluster) => cluster.id));
  return {
    kubeconfigFor(clusterId) {
      if (!known.has(clusterId)) return undefined;
      const kc = new KubeConfig();
      kc.loadFromOptions({
        // Plain HTTP on loopback: the client accepts an http: server only with skipTLSVerify, there being no TLS to verify.
        clusters: [{ name: clusterId, server: `${endpoint}/k8s/${clusterId}`, skipTLSVerify: true }],
        users: [{ name: 'planner', token }],
        contexts: [{ name: clusterId, cluster: clusterId, user: 'planner' }],
        currentContext: clusterId,
      });
      return kc;
    },
    missing: 'demo',
  };
}
