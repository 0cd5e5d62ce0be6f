import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPLAYED_HEADER } from '../../shared/bff-api';
import type { Database } from '../db/database';
import { type BffProcess, realModeEnv, startBffProcess, submitOverHttp } from '../testing/bff-process';
import { startTestOidcProvider, TEST_CLIENT_ID, TEST_OPERATOR_GROUP } from '../testing/oidc-test-provider';
import { signIn } from '../testing/sign-in';
import { auditEntries, SAME_ORIGIN, startRecordingUpstream } from '../testing/recording-upstream';
import { planText, upgradeAccepted } from '../testing/submit-client';
import { TEST_DATABASE_URL, testDatabase } from '../testing/test-database';

/**
 * Two BFF replicas in processes of their own on one PostgreSQL, in front of one CCE: what the load balancer of a team
 * running the planner does. Needs a PostgreSQL server, so it runs in `npm run test:pg` (TEST_DATABASE_URL).
 */
// Each test starts two processes (several seconds each on a busy machine) and may wait out a claim's deadline.
describe.skipIf(!TEST_DATABASE_URL)('two replicas on one PostgreSQL', { timeout: 90_000 }, () => {
  let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
  let database: Database;
  const replicas: BffProcess[] = [];

  beforeAll(async () => {
    upstream = await startRecordingUpstream();
  });
  afterAll(() => upstream.close());
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((replica) => replica.stop('SIGKILL')));
    await database.close();
  });

  /** Two replicas on a fresh schema, in real mode against the recording upstream. */
  async function startReplicas(extra: Record<string, string> = {}) {
    database = await testDatabase();
    upstream.received.length = 0;
    upstream.respondWith(() => upgradeAccepted());
    const env = { DATABASE_URL: TEST_DATABASE_URL ?? '', DATABASE_SCHEMA: database.schema, ...realModeEnv(upstream.endpoint), ...extra };
    const started = await Promise.all([startBffProcess(env), startBffProcess(env)]);
    replicas.push(...started);
    return started;
  }

  const submit = (replica: BffProcess, key: string) => submitOverHttp(replica, key);
  const upgradesReceived = () => upstream.received.filter((call) => call.url.endsWith('/operation/upgrade'));

  it('sends one of 50 concurrent submits of one key spread over both, and answers the rest from it or as in progress', async () => {
    const [a, b] = await startReplicas();
    upstream.respondWith(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return upgradeAccepted('task-once');
    });
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(i % 2 ? a! : b!, key)));
    expect(upgradesReceived()).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200, 409]));
    // Once it settled, both replicas answer the key from the database.
    for (const replica of [a!, b!]) {
      const again = await submit(replica, key);
      expect(again.status).toBe(200);
      expect(again.headers.get(REPLAYED_HEADER)).toBe('true');
      expect(await again.json()).toMatchObject({ metadata: { uid: 'task-once' } });
    }
    expect(upgradesReceived()).toHaveLength(1);
  });

  it('sends the same plan under two keys on two replicas once', async () => {
    const [a, b] = await startReplicas();
    const answers = await Promise.all([submit(a!, randomUUID()), submit(b!, randomUUID())]);
    expect(upgradesReceived()).toHaveLength(1);
    expect(answers.map((answer) => answer.status).sort()).toEqual(answers.some((answer) => answer.status === 409) ? [200, 409] : [200, 200]);
    expect((await submit(b!, randomUUID())).headers.get(REPLAYED_HEADER)).toBe('true');
    expect(upgradesReceived()).toHaveLength(1);
  });

  it('lets a user sign in through one replica, land the provider\u2019s callback on the other, and submit through either', async () => {
    // Behind a load balancer both replicas answer at one public address; which one takes a request is not up to the user.
    const publicUrl = 'http://127.0.0.1:9';
    const clientSecret = 'client-secret-for-replica-tests';
    const provider = await startTestOidcProvider({ clientSecret, redirectUris: [`${publicUrl}/api/auth/callback`] });
    try {
      const [a, b] = await startReplicas({
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: TEST_CLIENT_ID,
        OIDC_CLIENT_SECRET: clientSecret,
        PUBLIC_URL: publicUrl,
        OIDC_OPERATOR_GROUPS: TEST_OPERATOR_GROUP,
        // Sessions across replicas are under test, not reviews (routes/plans.test.ts): the plan goes straight out.
        APPROVALS_REQUIRED: '0',
      });
      const { callback, cookie } = await signIn(a!.url, 'operator', '/', b!.url);
      expect(callback.statusCode).toBe(302);
      expect(cookie).not.toBe('');
      const submitAs = (replica: BffProcess, key: string) => submitOverHttp(replica, key, planText(), { origin: publicUrl, cookie });
      const key = randomUUID();
      expect((await submitAs(b!, key)).status).toBe(200);
      const again = await submitAs(a!, key);
      expect(again.status).toBe(200);
      expect(again.headers.get(REPLAYED_HEADER)).toBe('true');
      expect(upgradesReceived()).toHaveLength(1);
      const [sent] = await auditEntries(database);
      expect(sent).toMatchObject({ outcome: 'sending', user: { name: 'Olga Operator' } });
      // Signed out through A: B no longer knows the session either.
      const userOn = async (replica: BffProcess) => ((await (await fetch(`${replica.url}/api/session`, { headers: { cookie } })).json()) as { user: unknown }).user;
      expect(await userOn(b!)).toMatchObject({ name: 'Olga Operator', role: 'operator' });
      expect((await fetch(`${a!.url}/api/auth/logout`, { method: 'POST', headers: { ...SAME_ORIGIN, origin: publicUrl, cookie } })).status).toBe(204);
      expect(await userOn(b!)).toBeUndefined();
    } finally {
      await provider.close();
    }
  });

  it('never sends again what a replica killed mid-call was sending: the other answers it as unknown', async () => {
    const [a, b] = await startReplicas({ CCE_TIMEOUT_MS: '1000' });
    upstream.respondWith(() => new Promise(() => {}));
    const key = randomUUID();
    void submit(a!, key).catch(() => undefined);
    await expect.poll(() => upgradesReceived().length, { timeout: 10_000 }).toBe(1);
    await a!.stop('SIGKILL');

    upstream.respondWith(() => upgradeAccepted());
    // In progress until the dead replica's claim passes its deadline (timeout 1 s + 5 s to record an outcome); then unknown.
    expect((await submit(b!, key)).status).toBe(409);
    await expect.poll(async () => (await submit(b!, key)).status, { timeout: 15_000, interval: 500 }).toBe(502);
    const answer = await submit(b!, key);
    expect(await answer.json()).toMatchObject({ code: 'BFF.OUTCOME_UNKNOWN', message: expect.stringMatching(/stopped while it was sending/) });
    expect((await submit(b!, randomUUID())).status).toBe(409);
    expect(upgradesReceived()).toHaveLength(1);
  });
});
