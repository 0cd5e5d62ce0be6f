import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pacedLoad } from './paced-load';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering every request after `delayMs` with `status`; records when requests arrived and were answered. */
async function slowServer(delayMs: number, status = 200) {
  const arrivals: number[] = [];
  const answeredAt: number[] = [];
  server = createServer((_request, response) => {
    arrivals.push(performance.now());
    setTimeout(() => {
      answeredAt.push(performance.now());
      response.writeHead(status).end('{}');
    }, delayMs);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`, arrivals, answeredAt };
}

describe('pacedLoad', () => {
  it('sends at the fixed rate while earlier answers are still outstanding, and times each answer', async () => {
    const { url, arrivals, answeredAt } = await slowServer(300);
    const run = await pacedLoad(url, {}, 100, 0.6);
    expect(run.latencies).toHaveLength(60);
    expect(Math.min(...run.latencies)).toBeGreaterThanOrEqual(299);
    // Spread over the run, not one burst; and about 30 sent before any answer came back, so no request waited for one.
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThan(400);
    expect(arrivals.filter((at) => at < answeredAt[0]!).length).toBeGreaterThanOrEqual(20);
  });

  it('fails the run when any answer is not 2xx', async () => {
    const { url } = await slowServer(0, 503);
    await expect(pacedLoad(url, {}, 100, 0.1)).rejects.toThrow(/10 of 10 requests failed, first: HTTP 503/);
  });
});
