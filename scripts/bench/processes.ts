import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Child {
  pid: number;
  stop(): Promise<void>;
}

/** Starts `node --import tsx <entry>` as its own process (one PID, nothing sharing the bench's event loop) and waits for `readyUrl`. */
export async function startNode(entry: string, env: Record<string, string>, readyUrl: string): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
  };
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(readyUrl).then((r) => r.ok, () => false);
    if (ready) return { pid: child.pid!, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`${entry} was not ready at ${readyUrl} within 30 s`);
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** The planner as `npm start` runs it: the BFF in demo mode serving the built SPA, with its simulator in the same process. */
export async function startDemoPlanner(port: number, simulatorPort: number): Promise<Child & { url: string }> {
  const url = `http://127.0.0.1:${port}/`;
  const child = await startNode(
    'src/server/main.ts',
    { PORT: String(port), HOST: '127.0.0.1', SIMULATOR_PORT: String(simulatorPort), LOG_LEVEL: 'warn', HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '' },
    `${url}api/session`,
  );
  return { ...child, url };
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: utime and stime are fields 14 and 15 of stat, here 12 and 13 (0-based, state first).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
