import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFile, planWithLint, writePlanFile } from './plan-file-fixture';

// Each run starts Node and tsx: a second or two apiece, several on a busy machine.
const TIMEOUT_MS = 60_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'cce-plan-bin-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A command as CI runs it, from the package root, with an environment holding no credentials. */
async function run(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the cce-plan bin', () => {
  it(
    'validates a file through its launcher, with the exit status CI reads',
    async () => {
      const sound = await writePlanFile(dir, 'sound.cce-plan.json', planFile());
      expect(await run(process.execPath, ['scripts/cce-plan.mjs', 'validate', sound])).toEqual({ code: 0, stdout: `${sound}: OK — plan for prod-east v1.28 → v1.29, 4 waves, no findings\n`, stderr: '' });
      const lint = await writePlanFile(dir, 'lint.cce-plan.json', planFile(planWithLint));
      expect(await run(process.execPath, ['scripts/cce-plan.mjs', 'validate', lint])).toMatchObject({ code: 1, stdout: expect.stringContaining('Batch 3 in general-x86 matches no node.') });
    },
    TIMEOUT_MS,
  );

  it(
    'runs as `npm exec cce-plan` (what `npx cce-plan` is) from the package root, never fetching a package of that name',
    async () => {
      const broken = await writePlanFile(dir, 'broken.cce-plan.json', '{');
      expect(await run('npm', ['exec', '--no', '--', 'cce-plan', 'validate', broken])).toMatchObject({ code: 2, stderr: expect.stringContaining('broken.cce-plan.json is not JSON') });
    },
    TIMEOUT_MS,
  );
});
