import { snapshotInventory } from '../../src/shared/cluster-snapshot';
import { serializeUpgradeRequest, toUpgradeRequest } from '../../src/shared/plan';
import type { PlanFile } from '../../src/shared/plan-file';
import { describeLint, lintPlan, lintSeverity, type PlanLint } from '../../src/shared/plan-lints';
import { computeWaves, type Wave } from '../../src/shared/waves';
import { snapshotSha256 } from '../../src/server/plans/snapshot-hash';
import { canonicalSha256 } from '../../src/server/submit/plan-hash';

/** One thing wrong with a plan file or its plan; `path` names the field it concerns, as a dotted path into the file. */
export interface Finding {
  kind: string;
  path?: string;
  message: string;
}

const EXPORT_AGAIN = 'export the file again from the planner rather than editing it by hand';

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, n) => line !== right[n]);
  return (index === -1 ? left.length : index) + 1;
}

function bodyHashOf(request: string): string | undefined {
  try {
    return canonicalSha256(JSON.parse(request));
  } catch {
    return undefined;
  }
}

/** Does the file agree with itself: its text is its plan's, its hashes are its text's and its snapshot's, one cluster throughout. */
export function consistencyFindings(file: PlanFile): Finding[] {
  const findings: Finding[] = [];
  const expected = serializeUpgradeRequest(toUpgradeRequest(file.plan));
  if (file.request !== expected) {
    findings.push({
      kind: 'request-differs',
      path: 'request',
      message: `request is not the UpgradeCluster text of plan (they differ from line ${firstDifferentLine(file.request, expected)}): ${EXPORT_AGAIN}.`,
    });
  }
  const bodyHash = bodyHashOf(file.request);
  if (bodyHash === undefined) {
    findings.push({ kind: 'body-hash-mismatch', path: 'bodySha256', message: `request is not JSON with a canonical form, so nothing can match bodySha256: ${EXPORT_AGAIN}.` });
  } else if (bodyHash !== file.bodySha256) {
    findings.push({ kind: 'body-hash-mismatch', path: 'bodySha256', message: `bodySha256 is not the SHA-256 of request's canonical JSON (${bodyHash}): the text or its hash was changed after export; ${EXPORT_AGAIN}.` });
  }
  const snapshotHash = snapshotSha256(file.snapshot);
  if (snapshotHash !== file.snapshotSha256) {
    findings.push({ kind: 'snapshot-hash-mismatch', path: 'snapshotSha256', message: `snapshotSha256 is not the SHA-256 of snapshot without takenAt (${snapshotHash}): the snapshot or its hash was changed after export; ${EXPORT_AGAIN}.` });
  }
  if (file.plan.clusterId !== file.cluster.id) {
    findings.push({ kind: 'cluster-mismatch', path: 'plan.clusterId', message: `plan.clusterId ${file.plan.clusterId} is not the file's cluster ${file.cluster.id} (${file.cluster.name}).` });
  }
  if (file.snapshot.cluster.id !== file.cluster.id) {
    findings.push({ kind: 'cluster-mismatch', path: 'snapshot.cluster.id', message: `The snapshot is of cluster ${file.snapshot.cluster.id}, not of the file's cluster ${file.cluster.id} (${file.cluster.name}).` });
  }
  return findings;
}

function lintPath(lint: PlanLint): string {
  switch (lint.kind) {
    case 'unknown-pool':
      return `plan.${lint.field}.${lint.poolId}`;
    case 'selector-matches-nothing':
    case 'label-key-absent':
      return `plan.nodeOrder.${lint.poolId}.${lint.batch}`;
    case 'nodes-in-two-batches':
    case 'uncovered-nodes':
      return `plan.nodeOrder.${lint.poolId}`;
    case 'step-exceeds-cluster':
      return 'plan.userDefinedStep';
    case 'addon-incompatible':
    case 'addon-no-compatible-version':
    case 'addon-compat-unknown':
    case 'addon-patch-unsupported':
    case 'addon-not-installed':
      return 'plan.addons';
  }
}

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning' } as const;

export interface LintResult {
  waves: Wave[];
  findings: Finding[];
}

/** The wizard's planning lints, run on the cluster the plan was made on (the file's snapshot), in the wizard's words. */
export function lintFindings(file: PlanFile): LintResult {
  const { pools, nodes } = snapshotInventory(file.snapshot);
  const action = toUpgradeRequest(file.plan).spec.clusterUpgradeAction;
  const waves = computeWaves(pools, nodes, action);
  const names = new Map(file.snapshot.pools.map((pool) => [pool.id, pool.name]));
  const poolName = (id: string) => file.poolNames[id] ?? names.get(id) ?? id;
  const findings = lintPlan(pools, nodes, action, waves).map((lint) => ({
    kind: `lint:${lint.kind}`,
    path: lintPath(lint),
    message: `${SEVERITY_WORDS[lintSeverity(lint)]}: ${describeLint(lint, poolName)}`,
  }));
  return { waves, findings };
}
