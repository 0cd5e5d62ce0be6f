import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BffError } from '../../src/shared/bff-api';
import { BffCode } from '../../src/shared/bff-errors';
import type { PlanFileCheck } from '../../src/shared/plan-file';
import { CLUSTER_ID } from '../../src/shared/testing/snapshots';
import { runCli } from './cli';
import { planFile, writePlanFile } from './plan-file-fixture';

// A stand-in for the planner's POST /api/clusters/:clusterId/plan-files/check: it answers what each test sets, as the
// contract (planFileCheckSchema, bffErrorSchema) says, and records what the CLI sent.
interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: unknown;
}
let answer: { status: number; body: PlanFileCheck | BffError | string };
let seen: Seen[];
let server: Server;
let planner: string;
let dir: string;
let path: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += String(chunk)));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body: JSON.parse(body) });
      response.writeHead(answer.status, { 'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json' });
      response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  planner = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'cce-plan-against-'));
  path = await writePlanFile(dir, 'plan.cce-plan.json', planFile());
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => void (seen = []));

const CHECKED_AT = '2025-03-03T10:00:00.000Z';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { env, out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

describe('cce-plan validate --against', () => {
  it('posts the file to the cluster check with the session cookie and the headers the BFF asks of a state-changing call; clean → 0', async () => {
    answer = { status: 200, body: { problems: [], checkedAt: CHECKED_AT, drift: [] } };
    const run = await cli(['validate', path, '--against', `${planner}/`], { CCE_PLAN_SESSION: 'session-value' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`OK — plan for prod-east v1.28 → v1.29, 4 waves, no findings; ${planner} found the cluster unchanged at ${CHECKED_AT}`);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: `/api/clusters/${CLUSTER_ID}/plan-files/check`,
        headers: expect.objectContaining({
          'content-type': 'application/json',
          'x-requested-with': 'XMLHttpRequest',
          origin: planner,
          cookie: '__Host-planner-session=session-value',
        }),
        body: planFile(),
      },
    ]);
  });

  it('exits 1 listing the drift and the problems the planner found, in its words', async () => {
    answer = {
      status: 200,
      body: {
        problems: [{ code: 'request-text', path: 'request', message: 'is not the text of the file’s plan' }],
        checkedAt: CHECKED_AT,
        drift: [
          { kind: 'node-added', change: { kind: 'node-added', node: 'web-9', pool: 'general-x86' }, message: 'Node web-9 joined general-x86.' },
          { kind: 'version-moved', change: { kind: 'version-moved', before: 'v1.28', after: 'v1.29' }, message: 'The cluster is at v1.29 now, not v1.28.' },
        ],
      },
    };
    const text = await cli(['validate', path, '--against', planner, '--session', 'from-flag']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('plan.cce-plan.json: 3 findings\n  request: is not the text of the file’s plan\nThe live cluster is no longer what the plan was made on:\n  Node web-9 joined general-x86.\n  The cluster is at v1.29 now, not v1.28.\n');
    expect(seen[0]!.headers.cookie).toBe('__Host-planner-session=from-flag');

    const json = await cli(['validate', path, '--against', planner, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      file: path,
      ok: false,
      findings: [{ kind: 'planner-problem', path: 'request', message: 'is not the text of the file’s plan' }],
      drift: [
        { kind: 'node-added', change: { kind: 'node-added', node: 'web-9', pool: 'general-x86' }, message: 'Node web-9 joined general-x86.' },
        { kind: 'version-moved', change: { kind: 'version-moved', before: 'v1.28', after: 'v1.29' }, message: 'The cluster is at v1.29 now, not v1.28.' },
      ],
    });
    // Without --session or CCE_PLAN_SESSION (a planner without sign-in) no cookie is sent.
    expect(seen[1]!.headers.cookie).toBeUndefined();
  });

  it('exits 2 with the planner’s message when it refuses, answers something else, or cannot be reached', async () => {
    answer = { status: 401, body: { status: 401, code: BffCode.UNAUTHENTICATED, message: 'Sign in to use the planner.', requestId: 'req-7' } };
    const refused = await cli(['validate', path, '--against', planner, '--session', 'stale']);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('The planner refused the check (401 BFF.UNAUTHENTICATED): Sign in to use the planner. (request req-7) Sign in to the planner and give its session cookie with --session or CCE_PLAN_SESSION.');

    answer = { status: 200, body: '<!doctype html><title>Not the planner</title>' };
    const stranger = await cli(['validate', path, '--against', planner]);
    expect(stranger).toMatchObject({ code: 2, stderr: expect.stringContaining(`${planner} answered HTTP 200 with something the planner never sends: is ${planner}/ the planner's address?`) });

    answer = { status: 200, body: { problems: [], drift: 'none' } as unknown as PlanFileCheck };
    const older = await cli(['validate', path, '--against', planner]);
    expect(older).toMatchObject({ code: 2, stderr: expect.stringContaining('answered the check in a shape this cce-plan cannot read') });

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const gone = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await cli(['validate', path, '--against', gone, '--format', 'json']);
    expect(unreachable.code).toBe(2);
    expect(JSON.parse(unreachable.stdout)).toMatchObject({ ok: false, findings: [{ kind: 'planner-error', message: expect.stringMatching(new RegExp(`Could not reach the planner at ${gone}: .*ECONNREFUSED`)) }] });
  });
});
