import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, buildTestBff, startRecordingUpstream } from '../testing/recording-upstream';
import { testDatabase, unclosed } from '../testing/test-database';
import { planText, submitUpgrade, upgradeAccepted } from '../testing/submit-client';

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
beforeAll(async () => {
  upstream = await startRecordingUpstream();
});
afterAll(() => upstream.close());

describe('closing the BFF', () => {
  it('lets a submit waiting for CCE finish with its answer, so a shutdown leaves no outcome unknown', async () => {
    let answer: () => void = () => undefined;
    upstream.respondWith(() => new Promise((resolve) => (answer = () => resolve(upgradeAccepted('task-at-close')))));
    const database = await testDatabase();
    // Read after the BFF closed: its records must all be written by then.
    const { app } = await buildTestBff(upstream.endpoint, 10_000, { database: unclosed(database) });
    const submitted = submitUpgrade(app, { request: planText() });
    await expect.poll(() => upstream.received.length).toBe(1);
    const closed = app.close();
    answer();
    const response = await submitted;
    await closed;
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ metadata: { uid: 'task-at-close' } });
    expect((await auditEntries(database)).map((entry) => entry.outcome)).toEqual(['sending', 'accepted']);
    await database.close();
  });
});
