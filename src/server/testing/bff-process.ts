import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import { SAME_ORIGIN, TEST_AK, TEST_CLUSTER, TEST_PROJECT, TEST_SK } from './recording-upstream';
import { planText } from './submit-client';

export interface BffProcess {
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  url: string;
  child: ChildProcess;
  /** Stops it with the signal (SIGTERM: a clean stop; SIGKILL: a crash) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The BFF as `npm start` runs it, in a process of its own (a replica), with `env` over a bare environment. Resolves
 * once it listens; rejects with what it printed if it exits first.
 */
export function startBffProcess(env: Record<string, string>): Promise<BffProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output: string[] = [];
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      output.push(line);
      const url = /CCE Upgrade Planner at (http:\/\/[\d.:]+)/.exec(line)?.[1];
      if (url) resolve({ url, child, stop: (signal = 'SIGTERM') => (child.exitCode === null && child.signalCode === null && child.kill(signal), exited) });
    });
    void exited.then(() => reject(new Error(`The BFF exited before it listened:\n${output.join('\n')}`)));
  });
}

/** Real mode against a test upstream (the recording upstream, standing in for CCE), with submits not rate-limited. */
export const realModeEnv = (cceEndpoint: string): Record<string, string> => ({
  HUAWEICLOUD_SDK_AK: TEST_AK,
  HUAWEICLOUD_SDK_SK: TEST_SK,
  HUAWEICLOUD_SDK_PROJECT_ID: TEST_PROJECT,
  HUAWEICLOUD_SDK_REGION: 'cn-north-4',
  CCE_ENDPOINT: cceEndpoint,
  // The limits have their own tests; here every request should reach the submit logic.
  RATE_LIMIT_SUBMIT_PER_MINUTE: '10000',
});

/** POST /api/clusters/:id/upgrade over HTTP, as the SPA sends it; `headers` add to or replace the same-origin pair. */
export const submitOverHttp = (bff: BffProcess, key: string, request = planText(), headers: Record<string, string> = {}) =>
  fetch(`${bff.url}/api/clusters/${TEST_CLUSTER}/upgrade`, {
    method: 'POST',
    headers: { ...SAME_ORIGIN, origin: bff.url, 'content-type': 'application/json', [IDEMPOTENCY_HEADER]: key, ...headers },
    body: JSON.stringify({ request }),
  });
