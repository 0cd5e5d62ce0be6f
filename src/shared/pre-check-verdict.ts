import { templateVersionSupports, type ClusterKind } from './addon-compat';
import type { AcceptedRisk } from './bff-api';
import type { AddonTemplate } from './cce-responses';
import type { Plan } from './plan';
import { isAccepted, isRisk, type PreCheckFinding, type PreCheckState } from './pre-check';

/** The parts of a plan a pre-check result depends on: another cluster, target or add-on change needs a new check. */
export type CheckedPlan = Pick<Plan, 'clusterId' | 'targetVersion' | 'addons'>;

export const checkedPlanOf = ({ clusterId, targetVersion, addons }: CheckedPlan): CheckedPlan => ({ clusterId, targetVersion, addons });

/** What changed since the check ran, in words; empty when the check still describes this plan. */
export function planChanges(checked: CheckedPlan, plan: CheckedPlan): string[] {
  return [
    ...(checked.clusterId === plan.clusterId ? [] : ['the cluster']),
    ...(checked.targetVersion === plan.targetVersion ? [] : ['the target version']),
    ...(JSON.stringify(checked.addons) === JSON.stringify(plan.addons) ? [] : ['the add-on changes']),
  ];
}

/**
 * Why an add-on Exception is already fixed by the plan, or undefined: the plan patches every add-on it names to a
 * version whose supportVersions cover the target.
 */
export function resolvedByPlan(
  finding: PreCheckFinding,
  plan: CheckedPlan,
  templates: readonly AddonTemplate[],
  kind: ClusterKind | undefined,
): string | undefined {
  if (!kind || finding.group !== 'AddonCheck' || isRisk(finding) || finding.addons.length === 0) return undefined;
  const patches = finding.addons.map((name) => plan.addons.find((addon) => addon.addonTemplateName === name));
  const compatible = patches.every(
    (patch) =>
      patch !== undefined &&
      templateVersionSupports(
        templates.find((template) => template.metadata.name === patch.addonTemplateName),
        patch.version,
        { ...kind, version: plan.targetVersion },
      ),
  );
  if (!compatible) return undefined;
  const list = patches.map((patch) => `${patch!.addonTemplateName} ${patch!.version}`).join(', ');
  return `Resolved by this plan: it upgrades ${list}, which supports ${plan.targetVersion}.`;
}

export interface VerdictInput {
  /** undefined: no check has run for this draft. */
  check: PreCheckState | undefined;
  changes: string[];
  accepted: readonly AcceptedRisk[];
  plan: CheckedPlan;
  templates: readonly AddonTemplate[];
  /** The cluster's type and category; undefined while unknown (then no add-on exception counts as resolved). */
  clusterKind: ClusterKind | undefined;
}

/** Every reason the plan may not be submitted yet, in words with what to do; empty means the check passed. */
export function submitBlockers({ check, changes, accepted, plan, templates, clusterKind }: VerdictInput): string[] {
  if (!check) return ['The pre-upgrade check has not run for this plan. Run it on this page before submitting.'];
  if (changes.length > 0) return [`The plan changed after the check (${changes.join(', ')}). Run the check again.`];
  switch (check.state) {
    case 'running':
      return ['The pre-upgrade check is still running. Wait for it to finish.'];
    case 'error':
      return [`The pre-upgrade check could not run: ${check.message}. Fix the cause, then run the check again.`];
    case 'expired':
      return ['The pre-upgrade check result has expired. Run the check again.'];
    case 'done':
      return check.findings.flatMap((finding) => {
        if (isRisk(finding)) {
          return isAccepted(finding, accepted) ? [] : [`Risk “${finding.name}” is not accepted. Accept it with a reason, or fix it and run the check again.`];
        }
        if (resolvedByPlan(finding, plan, templates, clusterKind)) return [];
        return [`Exception “${finding.name}” must be fixed before upgrading. Fix it, then run the check again.`];
      });
  }
}
