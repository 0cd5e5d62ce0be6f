import { addonBlocks } from './export-terraform-addons';
import { planLosses, type TerraformLoss } from './export-terraform-losses';
import { attributeLines, commentLine, commentText, hclIdentifier, hclString, jsonText } from './hcl-text';
import { skippedCheckItems } from './pre-check';
import type { PlanFile } from './plan-file';

export type { TerraformLoss } from './export-terraform-losses';

/*
 * The provider as read: huaweicloud/terraform-provider-huaweicloud at commit a0345b8dcc818aa80d932ec0802891222b0a22af
 * (2026-08-21), huaweicloud/services/cce/resource_huaweicloud_cce_cluster_upgrade.go (last changed in 659e1c13) and
 * docs/resources/cce_cluster_upgrade.md. Its schema, and what buildClusterUpgradeCreateOpts sends for each argument:
 *   cluster_id, target_version  strings; target_version goes to an upgrade workflow first, and the upgrade is sent
 *                               with the exact version the workflow answers
 *   current_version             string (since v1.91.0), the workflow's and the pre-check's clusterVersion
 *   strategy { type, in_place_rolling_update { user_defined_step } }  blocks; no scope argument exists
 *   node_order                  map of string: pool id → a JSON text, json.Unmarshal'd into the pool's NodePriority list
 *   nodepool_order              map of number: pool id → priority, sent as nodePoolOrder
 *   addons { addon_template_name, operation, version, values { basic_json, custom_json, flavor_json } }
 *   skipped_check_item_list { name, resource_selector { key, values, operator } }  (since v1.91.0), sent to its pre-check
 *   is_only_upgrade             the string "true" or "false" (since v1.91.0), sent as the boolean isOnlyUpgrade
 * The whole body goes through utils.RemoveNil, which drops nulls and empty maps. Where the doc and the code differ
 * (the doc calls resource_selector.values a String), the code is followed: a list of strings.
 */
const PROVIDER_SOURCE = [
  'huaweicloud/terraform-provider-huaweicloud at a0345b8dcc818aa80d932ec0802891222b0a22af (2026-08-21):',
  'huaweicloud/services/cce/resource_huaweicloud_cce_cluster_upgrade.go and docs/resources/cce_cluster_upgrade.md',
];

export interface TerraformExport {
  hcl: string;
  /** Never silently lossy: every entry is also listed in the HCL's header comment. */
  losses: TerraformLoss[];
}

/**
 * The plan as a `huaweicloud_cce_cluster_upgrade` resource (provider huaweicloud/huaweicloud ≥ 1.91.0) applying the
 * same upgrade, and what of the plan it cannot carry. The provider can carry every upgrade field but `scope`, so a
 * lossy plan is not refused: the HCL is always written, with its losses listed in its header comment, and the caller
 * must show `losses` and have them acknowledged before offering the file. There is always at least one: applying
 * Terraform skips the planner's own submit checks.
 */
export function terraformExport(file: PlanFile): TerraformExport {
  const addons = addonBlocks(file.plan.addons);
  const losses = [...planLosses(file), ...addons.losses];
  const hcl = [...header(file, losses), `resource "huaweicloud_cce_cluster_upgrade" ${hclString(hclIdentifier(file.cluster.name))} {`, ...body(file, addons.lines), '}', ''];
  return { hcl: hcl.join('\n'), losses };
}

function header(file: PlanFile, losses: readonly TerraformLoss[]): string[] {
  const { plan, saved } = file;
  const approvals = saved?.approvals.map((a) => `${commentText(a.reviewer.name)} at ${a.at}`).join(', ');
  const lines = [
    `CCE cluster upgrade of ${commentText(file.cluster.name)} (${file.cluster.id}): ${file.fromVersion} -> ${plan.targetVersion}`,
    `From the plan file exported at ${file.exportedAt}; reviewed request body SHA-256 ${file.bodySha256}`,
    saved
      ? `Saved plan ${saved.planId}, revision ${saved.revision} by ${commentText(saved.author.name)}; approved by ${approvals || 'nobody'}`
      : 'Not a saved revision: nobody approved it.',
    '',
    'Written for huaweicloud_cce_cluster_upgrade (provider huaweicloud/huaweicloud >= 1.91.0) as read in',
    ...PROVIDER_SOURCE.map((line) => `  ${line}`),
    '',
    `NOT CARRIED: applying this is not the same as submitting the plan (${losses.length}):`,
    ...losses.map((loss) => `  - ${loss.field}: ${loss.detail}`),
    '',
    'Read in the provider source, not confirmed against a live account:',
    `  - It creates an upgrade workflow for target_version and upgrades to the exact version the workflow answers.`,
    '  - It runs its own pre-check first (skipping skipped_check_item_list) and fails if that check does not pass.',
    '  - is_snapshot and is_postcheck are left unset: no master snapshot before, no post-check after.',
    '  - region is the provider\'s: the plan file names none.',
    ...(plan.scope === 'Cluster' ? ['  - scope is not an argument; CCE\'s default, "Cluster", is what the plan asks for.'] : []),
    ...(plan.addons.length > 0 ? ['  - The provider\'s doc example uses operation = "batch"; CCE documents only "patch", written here.'] : []),
  ];
  return [...lines.map((line) => (line === '' ? '#' : `# ${commentLine(line)}`)), ''];
}

function body(file: PlanFile, addonLines: readonly string[]): string[] {
  const { plan } = file;
  const poolName = (poolId: string) => commentText(file.poolNames[poolId] ?? poolId);
  const skipped = skippedCheckItems(file.acceptedRisks);
  return [
    ...attributeLines('  ', [
      ['cluster_id', hclString(plan.clusterId)],
      ['current_version', hclString(file.fromVersion)],
      ['target_version', hclString(plan.targetVersion)],
    ]),
    '',
    '  strategy {',
    `    type = ${hclString('inPlaceRollingUpdate')}`,
    '',
    '    in_place_rolling_update {',
    `      user_defined_step = ${plan.userDefinedStep}`,
    '    }',
    '  }',
    ...(Object.keys(plan.nodePoolOrder).length === 0
      ? []
      : ['', '  nodepool_order = {', ...attributeLines('    ', Object.entries(plan.nodePoolOrder).map(([id, priority]) => [hclString(id), String(priority), poolName(id)] as const)), '  }']),
    // Each pool's batches on a line of their own, its name above: the JSON texts are too long for a trailing comment.
    ...(Object.keys(plan.nodeOrder).length === 0
      ? []
      : ['', '  node_order = {', ...Object.entries(plan.nodeOrder).flatMap(([poolId, batches]) => [`    # ${poolName(poolId)}`, `    ${hclString(poolId)} = ${hclString(jsonText(batches))}`]), '  }']),
    ...addonLines,
    ...skipped.flatMap((item) => [
      '',
      '  skipped_check_item_list {',
      `    name = ${hclString(item.name)}`,
      ...(item.resourceSelector
        ? [
            '',
            '    resource_selector {',
            ...attributeLines('      ', [
              ['key', hclString(item.resourceSelector.key)],
              ['operator', hclString(item.resourceSelector.operator)],
              ['values', `[${item.resourceSelector.values.map(hclString).join(', ')}]`],
            ]),
            '    }',
          ]
        : []),
      '  }',
    ]),
    ...(plan.isOnlyUpgrade ? ['', `  is_only_upgrade = ${hclString('true')}`] : []),
  ];
}
