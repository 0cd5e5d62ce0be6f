import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { Writable } from 'node:stream';
import { type AppOptions, buildApp } from '../app';
import { testDatabase } from './test-database';
import { auditLog } from '../db/audit-table';
import type { Database } from '../db/database';
import { Credentials } from '../cce/credentials';
import type { InFlightLimits } from '../cce/in-flight';

export const TEST_PROJECT = '0123456789abcdef0123456789abcdef';
export const TEST_CLUSTER = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
export const TEST_AK = 'TESTAK0123456789ABCD';
export const TEST_SK = 'test-sk-value-that-must-never-leak-0123456789';
/** What the SPA sends with every state-changing call to its own origin (inject's default host is localhost:80). */
export const SAME_ORIGIN = { origin: 'http://localhost', 'x-requested-with': 'XMLHttpRequest' } as const;

export interface Recorded {
  method: string;
  url: string;
  headers: FastifyRequest['headers'];
  body: string;
}
type Responder = (request: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * A stand-in CCE over real HTTP that records what reaches it and answers as each test says, for the
 * BFF's own failure handling (timeouts, both error spellings, malformed bodies).
 */
export async function startRecordingUpstream() {
  const received: Recorded[] = [];
  let respond: Responder = () => ({ items: [] });
  // Closing cuts connections still busy (a delayed or endless answer a test left running), so no test waits on one.
  const upstream = Fastify({ forceCloseConnections: true });
  upstream.removeAllContentTypeParsers();
  upstream.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  upstream.all('/*', async (request, reply) => {
    received.push({ method: request.method, url: request.url, headers: request.headers, body: String(request.body ?? '') });
    return respond(request, reply);
  });
  const endpoint = await upstream.listen({ host: '127.0.0.1', port: 0 });
  return {
    endpoint,
    received,
    respondWith(next: Responder) {
      respond = next;
    },
    close: () => upstream.close(),
  };
}

export const UNLIMITED = { loginPerMinute: 100_000, readPerMinute: 1_000_000, checkPerMinute: 100_000, submitPerMinute: 100_000 };

/** Every audit record the BFF wrote, oldest first. */
export const auditEntries = (database: Database) => auditLog(database.db).readSince(0);

/** The BFF wired to an upstream and a fresh database, with its log lines captured so tests can search them. */
export async function buildTestBff(
  endpoint: string,
  timeoutMs = 2000,
  { inFlight, ...extra }: Pick<AppOptions, 'kubeconfigs' | 'kubernetesTimeoutMs' | 'http' | 'now' | 'unreadableAuditFile'> & Partial<Pick<AppOptions, 'database'>> & { inFlight?: Partial<InFlightLimits> } = {},
) {
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const database = extra.database ?? (await testDatabase());
  const app = await buildApp({
    upstream: { endpoint, projectId: TEST_PROJECT, credentials: new Credentials(TEST_AK, TEST_SK), timeoutMs, ...(inFlight ? { inFlight } : {}) },
    session: { mode: 'real', region: 'cn-north-4', projectId: TEST_PROJECT },
    logLevel: 'debug',
    logStream,
    database,
    // Tests send hundreds of requests a minute; the limits have their own tests (auth.test.ts).
    rateLimits: UNLIMITED,
    ...extra,
  });
  return { app, logLines, database };
}
