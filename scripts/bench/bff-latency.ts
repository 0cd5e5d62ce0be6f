import { buildApp } from '../../src/server/app';
import { signedHeaders } from '../../src/server/cce/signer';
import { DEMO_PROJECT_ID, startDemoUpstream } from '../../src/server/demo';
import { demoClusters } from '../../src/simulator/app';
import { memoryAuditLog } from '../../src/server/audit/audit-log';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function timeRequests(count: number, send: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`bench request failed with ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/**
 * The latency the BFF adds to a signed read: the same ShowCluster sent straight to the simulator
 * (signed here) and through the BFF, interleaved in rounds so machine noise hits both alike.
 */
export async function bffLatency(count = 1500) {
  const demo = await startDemoUpstream({ mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 5000, simulatorPort: 0, simulatorUpgradeMs: 60_000 });
  const bff = await buildApp({ audit: memoryAuditLog(), upstream: demo.upstream, session: { mode: 'demo', region: 'cn-north-4', projectId: DEMO_PROJECT_ID }, logLevel: 'silent' });
  const bffUrl = await bff.listen({ host: '127.0.0.1', port: 0 });
  const path = `/v3/projects/${DEMO_PROJECT_ID}/clusters/${demoClusters['prod-payments'].id}`;
  const direct = async () => {
    const url = new URL(`${demo.upstream.endpoint}/api${path}`);
    const headers = await signedHeaders({ method: 'GET', url, body: '', projectId: DEMO_PROJECT_ID }, demo.upstream.credentials, new Date());
    return fetch(url, { headers });
  };
  const proxied = () => fetch(`${bffUrl}/api/cce${path}`);
  try {
    await timeRequests(200, direct);
    await timeRequests(200, proxied);
    const directTimes: number[] = [];
    const proxiedTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      directTimes.push(...(await timeRequests(count / 5, direct)));
      proxiedTimes.push(...(await timeRequests(count / 5, proxied)));
    }
    directTimes.sort((a, b) => a - b);
    proxiedTimes.sort((a, b) => a - b);
    return {
      directP50: percentile(directTimes, 50),
      directP99: percentile(directTimes, 99),
      proxiedP50: percentile(proxiedTimes, 50),
      proxiedP99: percentile(proxiedTimes, 99),
    };
  } finally {
    await bff.close();
    await demo.simulator.close();
  }
}
