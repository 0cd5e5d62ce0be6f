import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

export interface PacedRun {
  /** Latency of each 2xx answer in ms, from the moment its request was handed to the connection pool. */
  latencies: number[];
  /** Requests sent per second, as achieved. */
  rate: number;
}

/**
 * GETs `url` at a fixed rate for `seconds`: request n leaves at start + n / rate, whether or not earlier ones have been
 * answered (an open model, like traffic from many browsers). autocannon's `overallRate` is not that: each connection
 * sends its per-second quota back to back and then waits for the next second, so 500 req/s arrive as one burst at
 * full concurrency every second and the latency it reports is that of the burst.
 * A timer wakes about every millisecond and sends whatever is due; any non-2xx answer or error fails the run.
 */
export async function pacedLoad(url: string, headers: Record<string, string>, rate: number, seconds: number): Promise<PacedRun> {
  const target = new URL(url);
  // No connection limit: a slow answer must not hold back the requests due after it.
  const pool = new Pool(target.origin);
  const latencies: number[] = [];
  const failures: string[] = [];
  const pending = new Set<Promise<void>>();
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const send = () => {
    const sentAt = performance.now();
    const call = pool
      .request({ method: 'GET', path: target.pathname + target.search, headers })
      .then(async ({ statusCode, body }) => {
        await body.dump();
        if (statusCode >= 300) failures.push(`HTTP ${statusCode}`);
        else latencies.push(performance.now() - sentAt);
      })
      .catch((error: unknown) => void failures.push(error instanceof Error ? error.message : String(error)))
      .finally(() => pending.delete(call));
    pending.add(call);
  };
  try {
    for (let sent = 0; sent < total; ) {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      for (; sent < due; sent++) send();
      await sleep(1);
    }
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(pending);
    if (failures.length > 0) throw new Error(`${url}: ${failures.length} of ${total} requests failed, first: ${failures[0]}`);
    return { latencies, rate: total / elapsed };
  } finally {
    await pool.close();
  }
}
