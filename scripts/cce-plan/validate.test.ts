import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOLS } from '../../src/shared/testing/snapshots';
import { runCli, USAGE } from './cli';
import { plan, planFile, planWithLint, writePlanFile } from './plan-file-fixture';
import '../../src/shared/zod-messages'; // the English of the messages asserted here, as the BFF and the CLI load it

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'cce-plan-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The CLI in this process, its output captured. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { env: {}, out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

const validate = async (name: string, content: unknown, ...flags: string[]) => cli('validate', await writePlanFile(dir, name, content), ...flags);

describe('cce-plan validate', () => {
  it('passes a sound file with one OK line and nothing on stderr', async () => {
    const run = await validate('sound.cce-plan.json', planFile());
    expect(run).toEqual({ code: 0, stdout: expect.stringMatching(/^.*sound\.cce-plan\.json: OK — plan for prod-east v1\.28 → v1\.29, 4 waves, no findings\n$/), stderr: '' });
  });

  it('exits 1 on a planning lint, naming the pool as the wizard does', async () => {
    const gpuBatch = { nodeSelector: { key: 'gpu', operator: 'in' as const, value: ['true'] }, priority: 1 };
    const run = await validate('lint.cce-plan.json', planFile({ ...plan, nodeOrder: { ...plan.nodeOrder, [POOLS.gpu.id]: [gpuBatch] } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('lint.cce-plan.json: 3 findings');
    expect(run.stdout).toContain('  Warning: Batch 1 in gpu-inference matches no node.');
    expect(run.stdout).toContain('  Warning: No node in gpu-inference has the label "gpu" (batch 1).');
    expect(run.stdout).toMatch(/2 nodes in gpu-inference match no batch; they upgrade last in that pool \(wave 4\)/);
    expect(run.stdout).not.toContain(POOLS.gpu.id);
  });

  it('exits 1 when the request text, a hash or the cluster does not agree with the rest of the file', async () => {
    const sound = planFile();
    const tampered = { ...sound, request: sound.request.replace('"userDefinedStep": 4', '"userDefinedStep": 40') };
    const request = await validate('request.cce-plan.json', tampered);
    expect(request.code).toBe(1);
    expect(request.stdout).toMatch(/request is not the UpgradeCluster text of plan \(they differ from line \d+\)/);
    expect(request.stdout).toMatch(/bodySha256 is not the SHA-256 of request/);

    const hashes = await validate('hashes.cce-plan.json', { ...sound, snapshotSha256: 'a'.repeat(64), cluster: { ...sound.cluster, id: '0c1e3b52-6f0a-4c55-9c1a-2f0d8e7b6a11' } });
    expect(hashes.code).toBe(1);
    expect(hashes.stdout).toContain('snapshotSha256 is not the SHA-256 of snapshot without takenAt');
    expect(hashes.stdout).toMatch(/plan\.clusterId 0c1e3b52-\S+ is not the file's cluster 0c1e3b52-\S+6a11 \(prod-east\)/);

    // takenAt is not part of the hash: a later read of the same cluster names the same state.
    const later = await validate('later.cce-plan.json', { ...sound, snapshot: { ...sound.snapshot, takenAt: '2025-03-02T00:00:00Z' } });
    expect(later.code).toBe(0);
  });

  it('exits 2 on malformed JSON, a missing file, an unknown format version or a bad field, saying what to do', async () => {
    const malformed = await validate('broken.cce-plan.json', '{"format": "cce-upgrade-plan",\n<<<<<<< HEAD');
    expect(malformed).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/broken\.cce-plan\.json is not JSON: .*\n.*export it again/) });

    const missing = await cli('validate', join(dir, 'absent.cce-plan.json'));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/Cannot read .*absent\.cce-plan\.json: ENOENT/) });

    const future = await validate('future.cce-plan.json', { ...planFile(), formatVersion: 2, somethingNew: true });
    expect(future).toMatchObject({ code: 2, stderr: expect.stringContaining('format version 2 is not known; this cce-plan knows version 1.') });
    expect(future.stderr).not.toContain('somethingNew');

    const badStep = await validate('step.cce-plan.json', { ...planFile(), plan: { ...plan, userDefinedStep: 41 }, saved: 'yes' });
    expect(badStep.code).toBe(2);
    expect(badStep.stderr).toContain('  plan.userDefinedStep: must be at most 40\n');
    expect(badStep.stderr).toMatch(/\n {2}saved: .+\n/);
    expect(badStep.stderr).toContain('Export the plan file again from the planner, or fix the fields named above.');
  });

  it('with --format json prints one object for machines, whatever the outcome', async () => {
    const lint = await validate('json-lint.cce-plan.json', planFile(planWithLint), '--format', 'json');
    expect(lint.code).toBe(1);
    expect(JSON.parse(lint.stdout)).toEqual({
      file: expect.stringMatching(/json-lint\.cce-plan\.json$/),
      ok: false,
      findings: [{ kind: 'lint:selector-matches-nothing', path: `plan.nodeOrder.${POOLS.general.id}.2`, message: 'Warning: Batch 3 in general-x86 matches no node.' }],
    });
    const sound = await validate('json-ok.cce-plan.json', planFile(), '--format=json');
    expect(JSON.parse(sound.stdout)).toEqual({ file: expect.any(String), ok: true, findings: [] });
    const bad = await validate('json-bad.cce-plan.json', { ...planFile(), plan: { ...plan, userDefinedStep: 41 } }, '--format', 'json');
    expect(bad).toMatchObject({ code: 2, stderr: '' });
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, findings: [{ kind: 'invalid-field', path: 'plan.userDefinedStep', message: 'must be at most 40' }] });
  });

  it('prints usage for --help (exit 0) and for bad arguments (exit 2)', async () => {
    expect(await cli('--help')).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
    const cases: Array<[string[], RegExp]> = [
      [[], /Name a command: validate/],
      [['check', 'x'], /Unknown command "check"/],
      [['validate'], /Name the plan file/],
      [['validate', 'x', '--format', 'yaml'], /--format yaml is not known/],
      [['validate', 'x', '--bogus'], /Unknown option '--bogus'/],
      [['validate', 'x', '--session', 's'], /--session is for --against/],
      [['validate', 'x', '--against', 'planner'], /not an address/],
      [['validate', 'x', '--against', 'https://planner.example.com', '--session', '__Host-planner-session=a; b'], /holds spaces, ";" or ","/],
      [['validate', 'x', '--against', 'http://planner.example.com', '--session', 's'], /Refusing to send the session cookie to http:\/\/planner\.example\.com over plain http/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect(run, argv.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
      expect(run.stderr).toContain('Usage: cce-plan validate');
    }
  });
});
