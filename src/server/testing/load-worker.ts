import { once, setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { Agent, request } from 'undici';

/** What the test asks for: `total` GETs of `url` at `perSecond`, paced by the clock rather than by answers. */
export interface LoadPlan {
  url: string;
  perSecond: number;
  total: number;
  /** The load is over when no more than this many are still unanswered (the ones a hung upstream holds). */
  settleAt: number;
  /** Hard bound on the whole run, whatever happens. */
  maxMs: number;
}
export interface LoadAnswer {
  status: number;
  retryAfter: string | undefined;
  body: unknown;
}
/** `ready` once loaded (the test sends 'start'), `settled` when the load is over (the test sends 'stop'), then `stopped`. */
export type LoadReport = { type: 'ready' } | { type: 'settled'; sent: number; held: number; answers: LoadAnswer[] } | { type: 'stopped' };

/**
 * Runs in its own thread, so the load's own work (opening sockets, reading answers) does not sit in the event loop of
 * the BFF under test and count against the latency the test measures there.
 */
async function run(plan: LoadPlan, port: NonNullable<typeof parentPort>) {
  const agent = new Agent({ connections: 1000 });
  const stop = new AbortController();
  setMaxListeners(plan.total + 10, stop.signal);
  const go = once(port, 'message');
  port.postMessage({ type: 'ready' } satisfies LoadReport);
  // Loading this thread costs CPU: the test starts measuring only once it is done.
  await go;
  port.once('message', async () => {
    stop.abort();
    await agent.destroy();
    port.postMessage({ type: 'stopped' } satisfies LoadReport);
    port.close();
  });

  const answers: LoadAnswer[] = [];
  const pending = new Set<Promise<unknown>>();
  const fire = () => {
    const call = request(plan.url, { dispatcher: agent, signal: stop.signal })
      .then(async (response) => {
        const retryAfter = response.headers['retry-after'];
        answers.push({ status: response.statusCode, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, body: await response.body.json() });
      })
      .catch(() => undefined);
    pending.add(call);
    void call.finally(() => pending.delete(call));
  };
  const started = performance.now();
  let sent = 0;
  while (sent < plan.total && performance.now() - started < plan.maxMs) {
    const due = Math.min(plan.total, Math.floor(((performance.now() - started) / 1000) * plan.perSecond));
    for (; sent < due; sent++) fire();
    await sleep(5);
  }
  while (pending.size > plan.settleAt && performance.now() - started < plan.maxMs) await sleep(20);
  port.postMessage({ type: 'settled', sent, held: pending.size, answers } satisfies LoadReport);
}

if (parentPort) void run(workerData as LoadPlan, parentPort);
