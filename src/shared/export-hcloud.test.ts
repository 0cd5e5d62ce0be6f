import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preCheckRequestSchema } from './check-requests';
import { heredoc, hcloudExport, jsonInputFile, PRE_CHECK_FILE, UPGRADE_FILE } from './export-hcloud';
import { isConfirmed, KOOCLI_FACTS, unconfirmedClaims } from './koocli-facts';
import { toUpgradeRequest, serializeUpgradeRequest, emptyPlan } from './plan';
import { planFileSchema, type PlanFile } from './plan-file';
import { preCheckRequest } from './pre-check';
import { CLUSTER_ID, snapshotOf } from './testing/snapshots';

const PROJECT = '0123456789abcdef0123456789abcdef';
const REGION = 'ap-southeast-1';
const HASH = 'a'.repeat(64);
const risks = [
  { name: 'NodeKernel', nodeUids: ['n-1'], reason: 'kernel checked by hand on node 1' },
  { name: 'NodeKernel', nodeUids: ['n-2'], reason: 'kernel checked by hand on node 2' },
  { name: 'DeprecatedApi', reason: 'no client uses the removed API any more' },
];
const plan = { ...emptyPlan(CLUSTER_ID), targetVersion: 'v1.29', userDefinedStep: 5 };

const planFile = (over: Partial<PlanFile> = {}): PlanFile =>
  planFileSchema.parse({
    format: 'cce-upgrade-plan',
    formatVersion: 1,
    exportedAt: '2025-03-01T10:00:00Z',
    cluster: { id: CLUSTER_ID, name: 'prod-east' },
    fromVersion: 'v1.28',
    targetVersion: 'v1.29',
    request: serializeUpgradeRequest(toUpgradeRequest(plan)),
    bodySha256: HASH,
    plan,
    poolNames: {},
    acceptedRisks: risks,
    preCheck: null,
    snapshot: snapshotOf(),
    snapshotSha256: HASH,
    saved: null,
    ...over,
  });

// A stand-in `hcloud` that records each call's argv and JSON-input file, and answers like CCE would; `sleep` returns at once.
const HCLOUD_STUB = `#!/bin/sh
n=$(($(cat "$STUB_DIR/count" 2>/dev/null || echo 0) + 1)); echo "$n" > "$STUB_DIR/count"
printf '%s\\n' "$@" > "$STUB_DIR/$n.args"
for arg; do case $arg in --cli-jsonInput=*) cp -- "\${arg#--cli-jsonInput=}" "$STUB_DIR/$n.json" ;; esac; done
case $2 in
  CreatePreCheck) echo '"pc-task-1"' ;;
  UpgradeCluster) echo '"up-task-1"' ;;
  ShowPreCheck) case "$*" in
    *status.phase*) k=$(($(cat "$STUB_DIR/polls" 2>/dev/null || echo 0) + 1)); echo "$k" > "$STUB_DIR/polls"; sed -n "\${k}p" "$STUB_DIR/phases" ;;
    *) cat "$STUB_DIR/failed" ;;
  esac ;;
esac
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Call { argv: string[]; json?: string }

function run(script: string, { shell = 'sh', phases = ['"Running"', '"Success"'], failed = '[]' } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'hcloud-export-'));
  dirs.push(root);
  const [bin, stub, work] = ['bin', 'stub', 'work'].map((name) => join(root, name)) as [string, string, string];
  [bin, stub, work].forEach((dir) => mkdirSync(dir));
  writeFileSync(join(bin, 'hcloud'), HCLOUD_STUB);
  writeFileSync(join(bin, 'sleep'), '#!/bin/sh\necho "$1" >> "$STUB_DIR/sleeps"\n');
  ['hcloud', 'sleep'].forEach((name) => chmodSync(join(bin, name), 0o755));
  writeFileSync(join(stub, 'phases'), `${phases.join('\n')}\n`);
  writeFileSync(join(stub, 'failed'), `${failed}\n`);
  writeFileSync(join(work, 'upgrade.sh'), script);
  const result = spawnSync(shell, ['upgrade.sh'], { cwd: work, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH ?? ''}`, STUB_DIR: stub } });
  const count = existsSync(join(stub, 'count')) ? Number(readFileSync(join(stub, 'count'), 'utf8')) : 0;
  const calls: Call[] = Array.from({ length: count }, (_, i) => {
    const argv = readFileSync(join(stub, `${i + 1}.args`), 'utf8').slice(0, -1).split('\n');
    const json = join(stub, `${i + 1}.json`);
    return existsSync(json) ? { argv, json: readFileSync(json, 'utf8') } : { argv };
  });
  return { ...result, calls, work, sleeps: existsSync(join(stub, 'sleeps')) ? readFileSync(join(stub, 'sleeps'), 'utf8') : '' };
}

const operation = (call: Call) => call.argv.slice(0, 2).join(' ');
const flag = (call: Call, name: string) => call.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

describe('hcloudExport', () => {
  const exported = hcloudExport(planFile(), { region: REGION, projectId: PROJECT });

  it.each(['sh', 'bash'])('runs the check, polls it until it finishes, then sends the upgrade (%s)', (shell) => {
    const { status, stderr, calls, sleeps } = run(exported.script, { shell });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(calls.map(operation)).toEqual(['CCE CreatePreCheck', 'CCE ShowPreCheck', 'CCE ShowPreCheck', 'CCE ShowPreCheck', 'CCE UpgradeCluster']);
    expect(sleeps).toBe('10\n');
    for (const call of calls) {
      expect([flag(call, 'cli-region'), flag(call, 'project_id'), flag(call, 'cluster_id')]).toEqual([REGION, PROJECT, CLUSTER_ID]);
    }
    expect(calls.slice(1, 4).map((call) => flag(call, 'task_id'))).toEqual(['pc-task-1', 'pc-task-1', 'pc-task-1']);
    expect([flag(calls[0]!, 'cli-jsonInput'), flag(calls[4]!, 'cli-jsonInput')]).toEqual([PRE_CHECK_FILE, UPGRADE_FILE]);
    expect([calls[0]!.json, calls[4]!.json]).toEqual(exported.files.map((file) => file.content));
  });

  it('sends the pre-check the planner would send for the plan: its cluster, target and accepted risks skipped', () => {
    const { calls } = run(exported.script);
    const body: unknown = JSON.parse(calls[0]!.json!).body;
    expect(body).toEqual(preCheckRequest({ clusterId: CLUSTER_ID, targetVersion: 'v1.29' }, risks));
    expect(preCheckRequestSchema.parse(body)).toEqual({
      apiVersion: 'v3',
      kind: 'PreCheckTask',
      spec: {
        clusterID: CLUSTER_ID,
        targetVersion: 'v1.29',
        skippedCheckItemList: [
          { name: 'NodeKernel', resourceSelector: { key: 'node.uid', operator: 'In', values: ['n-1', 'n-2'] } },
          { name: 'DeprecatedApi' },
        ],
      },
    });
  });

  it('writes the upgrade body byte for byte, whatever the text holds (property, through a real sh)', () => {
    const piece = fc.oneof(
      fc.constantFrom('"', "'", '$', '`', '\\', '\n', '\r', '\t', 'EOF', '\nEOF\n', '\nCCE_PLAN_EOF\n', 'CCE_PLAN_EOF_1\n', '$(touch pwned)', '${HOME}', '`touch pwned`', '\\\n'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('').replaceAll('\0', ''));
    fc.assert(
      fc.property(text, (request) => {
        const result = hcloudExport({ ...planFile(), request }, { region: REGION, projectId: PROJECT });
        const upgrade = result.files.find((file) => file.name === UPGRADE_FILE)!;
        const { status, calls, work } = run(result.script);
        expect(status).toBe(0);
        const sent = calls.find((call) => operation(call) === 'CCE UpgradeCluster')!.json!;
        expect(sent).toBe(upgrade.content);
        expect(sent).toBe(jsonInputFile(request));
        expect(sent.slice('{"body":\n'.length, -'\n}\n'.length)).toBe(request);
        expect(existsSync(join(work, 'pwned'))).toBe(false);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('keeps the upgrade body a JSON value under "body", as KooCLI reads its JSON-input file', () => {
    const upgrade = exported.files.find((file) => file.name === UPGRADE_FILE)!;
    expect(JSON.parse(upgrade.content)).toEqual({ body: JSON.parse(planFile().request) });
  });

  it('stops before the upgrade when the check fails or finds anything', () => {
    const failedPhase = run(exported.script, { phases: ['"Failed"'] });
    expect(failedPhase.status).not.toBe(0);
    expect(failedPhase.stderr).toContain('nothing was upgraded');
    const findings = run(exported.script, { phases: ['"Success"'], failed: '[\n  "NodeKernel"\n]' });
    expect(findings.status).not.toBe(0);
    expect(findings.stderr).toContain('NodeKernel');
    const garbled = run(exported.script, { phases: ['"Success"'], failed: '' });
    expect(garbled.status).not.toBe(0);
    for (const { calls } of [failedPhase, findings, garbled]) expect(calls.map(operation)).not.toContain('CCE UpgradeCluster');
  });

  it('quotes the region and project for the shell, and keeps the plan\'s own text inside its comments', () => {
    const region = "ap-south'east $(touch pwned)";
    const { status, calls, work } = run(hcloudExport(planFile({ cluster: { id: CLUSTER_ID, name: 'x\ntouch pwned' } }), { region, projectId: PROJECT }).script);
    expect(status).toBe(0);
    expect(flag(calls[0]!, 'cli-region')).toBe(region);
    expect(existsSync(join(work, 'pwned'))).toBe(false);
  });

  it('lists every unconfirmed KooCLI fact, in its result and in the script, and cites the sources of the rest', () => {
    expect(exported.unconfirmed).toEqual(unconfirmedClaims(KOOCLI_FACTS));
    expect(exported.unconfirmed.length > 0).toBe(KOOCLI_FACTS.some((fact) => !isConfirmed(fact)));
    for (const claim of exported.unconfirmed) expect(exported.script).toContain(`#   UNCONFIRMED: ${claim}`);
    for (const url of KOOCLI_FACTS.flatMap((fact) => fact.sources)) expect(exported.script).toContain(`#     ${url}`);
    expect(unconfirmedClaims(KOOCLI_FACTS.filter(isConfirmed))).toEqual([]);
  });

  it('refuses what no script could carry: a NUL in a body, a file naming two clusters', () => {
    expect(() => heredoc('body.json', 'a\0b\n')).toThrow(/NUL/);
    const other = { ...plan, clusterId: '9c1e3b52-6f0a-4c55-9c1a-2f0d8e7b6a10' };
    expect(() => hcloudExport(planFile({ plan: other }), { region: REGION, projectId: PROJECT })).toThrow(/two clusters/);
  });

  it('picks a here-document delimiter that no line of the body equals', () => {
    expect(heredoc('f.json', 'CCE_PLAN_EOF\nCCE_PLAN_EOF_1\n')).toBe("cat > 'f.json' <<'CCE_PLAN_EOF_2'\nCCE_PLAN_EOF\nCCE_PLAN_EOF_1\nCCE_PLAN_EOF_2\n");
  });
});
