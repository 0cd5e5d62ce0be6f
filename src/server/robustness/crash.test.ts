import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLAYED_HEADER } from '../../shared/bff-api';
import { openDatabase } from '../db/database';
import { type BffProcess, realModeEnv, startBffProcess, submitOverHttp } from '../testing/bff-process';
import { startRecordingUpstream } from '../testing/recording-upstream';
import { planText, upgradeAccepted } from '../testing/submit-client';

/**
 * kill -9 while the BFF writes submits and their audit records to its embedded database, then a restart on the same
 * data directory: every submit it answered is still known, and CCE never receives a plan twice.
 */
describe('a BFF killed with SIGKILL mid-write', { timeout: 120_000 }, () => {
  let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
  let dataDir: string;
  beforeAll(async () => {
    upstream = await startRecordingUpstream();
    upstream.respondWith((request) => upgradeAccepted(`task-${upstream.received.length}-${request.id}`));
    dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
  });
  afterAll(async () => {
    await upstream.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () => startBffProcess({ DATA_DIR: dataDir, ...realModeEnv(upstream.endpoint) });
  const submit = (bff: BffProcess, key: string, step: number) => submitOverHttp(bff, key, planText(step));

  it('loses no acknowledged submit and sends none twice', async () => {
    const first = await start();
    const acknowledged: Array<{ key: string; step: number }> = [];
    const attempted: Array<{ key: string; step: number }> = [];
    // Submits back to back, each a new plan; the kill lands while one is being claimed, sent or settled.
    const load = (async () => {
      for (let step = 1; step <= 40; step += 1) {
        const key = randomUUID();
        attempted.push({ key, step });
        const answer = await submit(first, key, step).catch(() => undefined);
        if (!answer) return;
        if (answer.status === 200) acknowledged.push({ key, step });
      }
    })();
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
    await first.stop('SIGKILL');
    await load;
    const sentBeforeCrash = upstream.received.length;

    const second = await start();
    try {
      for (const { key, step } of acknowledged) {
        const answer = await submit(second, key, step);
        expect(answer.status).toBe(200);
        expect(answer.headers.get(REPLAYED_HEADER)).toBe('true');
      }
      // The one in flight at the kill: answered from the database (or held as in progress), or sent for the first time.
      for (const { key, step } of attempted.slice(acknowledged.length)) await submit(second, key, step);
      const bodies = upstream.received.map((call) => call.body);
      expect(new Set(bodies).size).toBe(bodies.length);
      expect(upstream.received.length - sentBeforeCrash).toBeLessThanOrEqual(attempted.length - acknowledged.length);
    } finally {
      await second.stop();
    }

    const database = await openDatabase({ driver: 'pglite', dataDir: join(dataDir, 'db') }, 'planner');
    try {
      const rows = await database.db.selectFrom('audit_log').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
      rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
      expect(rows.map((row) => row.seq)).toEqual(rows.map((_, i) => i + 1));
    } finally {
      await database.close();
    }
  });
});
