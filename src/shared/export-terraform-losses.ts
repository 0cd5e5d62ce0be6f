import { survivesHcl } from './hcl-text';
import type { PlanFile } from './plan-file';

/**
 * Something of a plan file that applying the Terraform export does not do, or does not check. `kind` lets the UI word
 * it from its catalogue; `field` is the plan file's path; `detail` is the English wording the HCL comment carries.
 */
export interface TerraformLoss {
  kind: 'submit-checks' | 'pre-check' | 'risk-reason' | 'scope' | 'empty-batches' | 'addon-value' | 'unicode-text';
  field: string;
  detail: string;
}

/** What the provider's schema (see export-terraform.ts) has no argument for, or drops; add-on values are addons' own. */
export function planLosses(file: PlanFile): TerraformLoss[] {
  const { plan } = file;
  const losses: TerraformLoss[] = [
    {
      kind: 'submit-checks',
      field: 'request',
      detail:
        'the provider builds its own UpgradeCluster body, not the reviewed text byte for byte (its SHA-256 differs), and none of ' +
        "the planner's submit checks run: no drift check against this file's snapshot, no check that this body hash was approved",
    },
  ];
  if (file.preCheck) {
    losses.push({
      kind: 'pre-check',
      field: 'preCheck',
      detail: `the provider runs a new pre-check of its own before upgrading; this plan's pre-check ${file.preCheck.taskId} (${file.preCheck.phase}) is not used, and the new one may fail where it passed`,
    });
  }
  file.acceptedRisks.forEach((risk, i) =>
    losses.push({
      kind: 'risk-reason',
      field: `acceptedRisks[${i}].reason`,
      detail: `the accepted risk ${JSON.stringify(risk.name)}${risk.nodeUids ? ` (${risk.nodeUids.length} node(s))` : ''} is skipped (skipped_check_item_list), but the provider has no place for why; the reason, kept only here: ${JSON.stringify(risk.reason)}`,
    }),
  );
  const texts: Array<[string, string]> = [['fromVersion', file.fromVersion], ...file.acceptedRisks.map((risk, i): [string, string] => [`acceptedRisks[${i}].name`, risk.name])];
  for (const [field] of texts.filter(([, text]) => !survivesHcl(text))) {
    losses.push({ kind: 'unicode-text', field, detail: 'HCL normalizes strings to Unicode NFC, which changes this text: the provider receives it changed' });
  }
  if (plan.scope === 'NodePool') {
    losses.push({
      kind: 'scope',
      field: 'plan.scope',
      detail: 'in_place_rolling_update has no scope argument: CCE applies its default, "Cluster", so batch sizes carry across node pools instead of restarting in each pool',
    });
  }
  for (const [poolId, batches] of Object.entries(plan.nodeOrder)) {
    if (batches.length === 0) {
      losses.push({ kind: 'empty-batches', field: `plan.nodeOrder[${JSON.stringify(poolId)}]`, detail: 'the provider drops an empty batch list (utils.RemoveNil)' });
    }
  }
  return losses;
}
