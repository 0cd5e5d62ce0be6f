import { setTimeout as sleep } from 'node:timers/promises';
import { Credentials } from '../../src/server/cce/credentials';
import { signedHeaders } from '../../src/server/cce/signer';
import { demoClusters } from '../../src/simulator/app';
import { pacedLoad } from './paced-load';
import { cpuMs, rssMb, startNode } from './processes';

const RATE = 500;
const PROJECT = '0f4e5d2c9b8a47f6a1e3c5b7d9f02468';
const AK = 'BENCHACCESSKEY0001';
const SK = 'bench-secret-key-not-a-real-one-0123456789';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `seconds` of GETs at the fixed rate; the latency of each answer in ms. */
async function fixedRate(url: string, headers: Record<string, string>, seconds: number): Promise<number[]> {
  const run = await pacedLoad(url, headers, RATE, seconds);
  // A machine too loaded to keep the pace would measure something else: say so rather than report it.
  if (run.rate < RATE * 0.95) throw new Error(`${url}: only ${run.rate.toFixed(0)} of ${RATE} requests/s could be sent`);
  return run.latencies;
}

/** Least-squares slope of (seconds, MB) samples, in MB per minute. */
function slopePerMinute(samples: Array<[number, number]>): number {
  const n = samples.length;
  const mx = samples.reduce((s, [x]) => s + x, 0) / n;
  const my = samples.reduce((s, [, y]) => s + y, 0) / n;
  const num = samples.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = samples.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return (num / den) * 60;
}

/**
 * The latency the BFF adds to a signed read (ShowCluster). The simulator and the BFF run as separate processes, the BFF
 * in real mode pointed at that simulator, so the direct and the proxied read reach the same upstream; direct requests
 * carry one signature made at the start (the simulator accepts 15 min of clock skew), the BFF signs each request itself.
 * Both run at the same fixed rate in alternating rounds, so machine noise hits both alike; then the proxied read runs
 * for `soakSeconds` while the BFF's RSS is sampled and its CPU time counted (per request: a figure the machine's load
 * hardly moves, unlike latency).
 */
export async function bffLatency({ bffPort, simulatorPort, warmSeconds = 10, rounds = 5, roundSeconds = 4, soakSeconds = 60 }: { bffPort: number; simulatorPort: number; warmSeconds?: number; rounds?: number; roundSeconds?: number; soakSeconds?: number }) {
  const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
  const bffUrl = `http://127.0.0.1:${bffPort}`;
  const simulator = await startNode('src/simulator/main.ts', { SIM_PORT: String(simulatorPort), SIM_AK: AK, SIM_SK: SK, SIM_PROJECT_ID: PROJECT }, `${simulatorUrl}/__sim/faults`);
  try {
    const bff = await startNode(
      'src/server/main.ts',
      {
        PORT: String(bffPort),
        HOST: '127.0.0.1',
        HUAWEICLOUD_SDK_AK: AK,
        HUAWEICLOUD_SDK_SK: SK,
        HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
        HUAWEICLOUD_SDK_REGION: 'cn-north-4',
        CCE_ENDPOINT: simulatorUrl,
        // One client reading 500 times a second is the load under test, not an abuse to limit (the limiter still runs).
        RATE_LIMIT_READ_PER_MINUTE: '1000000',
      },
      `${bffUrl}/api/session`,
    );
    try {
      const path = `/v3/projects/${PROJECT}/clusters/${demoClusters['prod-payments'].id}`;
      const directUrl = `${simulatorUrl}/api${path}`;
      const directHeaders = signedHeaders({ method: 'GET', url: new URL(directUrl), body: '', projectId: PROJECT }, new Credentials(AK, SK), new Date());
      const proxiedUrl = `${bffUrl}/api/cce${path}`;
      // The simulator keeps a log of what it received; clearing it keeps its growth out of the figures.
      const clearLog = () => fetch(`${simulatorUrl}/__sim/requests`, { method: 'DELETE' });

      // Both servers reach steady state only after ~10 s at this rate (JIT tiers, undici's parser): warm both alike.
      await fixedRate(directUrl, directHeaders, warmSeconds);
      await fixedRate(proxiedUrl, {}, warmSeconds);
      const direct: number[] = [];
      const proxied: number[] = [];
      for (let round = 0; round < rounds; round++) {
        await clearLog();
        direct.push(...(await fixedRate(directUrl, directHeaders, roundSeconds)));
        proxied.push(...(await fixedRate(proxiedUrl, {}, roundSeconds)));
      }
      direct.sort((a, b) => a - b);
      proxied.sort((a, b) => a - b);

      await clearLog();
      const rss: Array<[number, number]> = [[0, rssMb(bff.pid)]];
      const cpuBefore = cpuMs(bff.pid);
      const started = performance.now();
      const sampler = setInterval(() => rss.push([(performance.now() - started) / 1000, rssMb(bff.pid)]), 1000);
      const soak = await fixedRate(proxiedUrl, {}, soakSeconds);
      clearInterval(sampler);
      const cpuPerRequest = (cpuMs(bff.pid) - cpuBefore) / soak.length;
      await sleep(200);
      rss.push([(performance.now() - started) / 1000, rssMb(bff.pid)]);

      return {
        samples: direct.length + proxied.length + soak.length,
        directP50: percentile(direct, 50),
        directP99: percentile(direct, 99),
        proxiedP50: percentile(proxied, 50),
        proxiedP99: percentile(proxied, 99),
        cpuPerRequest,
        rssStart: rss[0]![1],
        rssEnd: rss[rss.length - 1]![1],
        rssMax: Math.max(...rss.map(([, mb]) => mb)),
        // RSS moves in a sawtooth of about half a minute as V8 collects, so a 60 s slope is a rough guide only.
        rssSlope: slopePerMinute(rss),
      };
    } finally {
      await bff.stop();
    }
  } finally {
    await simulator.stop();
  }
}
