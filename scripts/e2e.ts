/**
 * `npm run test:e2e` after the build: the browser suites run in two lanes side by side, each suite with its own BFF,
 * simulator and database on its own ports. Part of their time is spent waiting on the simulator's clock (a 45 s
 * upgrade, a 2 s pre-check), so suites beside each other finish sooner than one after another even on two cores. Three
 * at once (8.7 min on an idle two-core machine) ran each journey so slowly on a busier one that journeys timed out, on
 * the old code as on the new (2026-12-01: 6 of 31 failed, the slowest suite 16.7 min): two lanes, the sign-in suite
 * after the second demo shard (the first holds the Chinese phone journey: 14.7 min against 13.8 + 3.6 on 2026-12-01).
 *
 * E2E_PORT (default 8181) is the first run's port; the others take E2E_PORT + 10 and + 20, each with its own range
 * (playwright.config.ts, e2e/auth/servers.ts). Arguments go to every run, e.g. `-- --grep submit`.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const base = Number(process.env.E2E_PORT ?? 8181);
const extra = process.argv.slice(2);
const suites = {
  demo1: { name: 'demo 1/2', port: base, args: ['--shard=1/2'] },
  demo2: { name: 'demo 2/2', port: base + 10, args: ['--shard=2/2'] },
  signIn: { name: 'sign-in', port: base + 20, args: ['-c', 'playwright.auth.config.ts'] },
};
const lanes = [[suites.demo1], [suites.demo2, suites.signIn]];

type Suite = (typeof suites)[keyof typeof suites];

function run({ name, port, args }: Suite) {
  const child = spawn('npx', ['playwright', 'test', ...args, ...extra], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise<{ name: string; code: number }>((resolve) => child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0) })));
}

// Each lane runs its suites one after another, and every suite runs even when an earlier one failed.
const children = lanes.map(async (lane) => {
  const outcomes = [];
  for (const suite of lane) outcomes.push(await run(suite));
  return outcomes;
});

const results = (await Promise.all(children)).flat();
for (const { name, code } of results) console.log(`${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
process.exit(results.some(({ code }) => code !== 0) ? 1 : 0);
