/**
 * `npm run test:e2e` after the build: the browser suites run side by side, each with its own BFF, simulator and
 * database on its own ports. Part of their time is spent waiting on the simulator's clock (a 45 s upgrade, a 2 s
 * pre-check), so three at once finish sooner than one after another even on two cores (11.8 → 8.7 min measured on
 * an idle two-core machine), though each journey runs about twice as slowly beside the others.
 *
 * E2E_PORT (default 8181) is the first run's port; the others take E2E_PORT + 10 and + 20, each with its own range
 * (playwright.config.ts, e2e/auth/servers.ts). Arguments go to every run, e.g. `-- --grep submit`.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const base = Number(process.env.E2E_PORT ?? 8181);
const extra = process.argv.slice(2);
const runs = [
  { name: 'demo 1/2', port: base, args: ['--shard=1/2'] },
  { name: 'demo 2/2', port: base + 10, args: ['--shard=2/2'] },
  { name: 'sign-in', port: base + 20, args: ['-c', 'playwright.auth.config.ts'] },
];

const children = runs.map(({ name, port, args }) => {
  const child = spawn('npx', ['playwright', 'test', ...args, ...extra], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise<{ name: string; code: number }>((resolve) => child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0) })));
});

const results = await Promise.all(children);
for (const { name, code } of results) console.log(`${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
process.exit(results.some(({ code }) => code !== 0) ? 1 : 0);
