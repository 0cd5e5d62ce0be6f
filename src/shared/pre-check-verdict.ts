import { templateVersionSupports, type ClusterKind } from './addon-compat';
import type { AcceptedRisk } from './bff-api';
import type { AddonTemplate } from './cce-responses';
import type { Plan } from './plan';
import { isAccepted, isRisk, type PreCheckFinding, type PreCheckState } from './pre-check';

/** The parts of a plan a pre-check result depends on: another cluster, target or add-on change needs a new check. */
export type CheckedPlan = Pick<Plan, 'clusterId' | 'targetVersion' | 'addons'>;

export const checkedPlanOf = ({ clusterId, targetVersion, addons }: CheckedPlan): CheckedPlan => ({ clusterId, targetVersion, addons });

/** A part of the plan that changed since the check ran. */
export type PlanChange = 'cluster' | 'target-version' | 'addons';

/** What changed since the check ran, as data; empty when the check still describes this plan. */
export function planChanges(checked: CheckedPlan, plan: CheckedPlan): PlanChange[] {
  return [
    ...(checked.clusterId === plan.clusterId ? [] : (['cluster'] as const)),
    ...(checked.targetVersion === plan.targetVersion ? [] : (['target-version'] as const)),
    ...(JSON.stringify(checked.addons) === JSON.stringify(plan.addons) ? [] : (['addons'] as const)),
  ];
}

/**
 * The patches by which the plan already fixes an add-on Exception, or undefined: the plan patches every add-on it
 * names to a version whose supportVersions cover the target. The SPA words them.
 */
export function resolvedByPlan(
  finding: PreCheckFinding,
  plan: CheckedPlan,
  templates: readonly AddonTemplate[],
  kind: ClusterKind | undefined,
): Array<{ name: string; version: string }> | undefined {
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
  return patches.map((patch) => ({ name: patch!.addonTemplateName, version: patch!.version }));
}

export interface VerdictInput {
  /** undefined: no check has run for this draft. */
  check: PreCheckState | undefined;
  changes: readonly PlanChange[];
  accepted: readonly AcceptedRisk[];
  plan: CheckedPlan;
  templates: readonly AddonTemplate[];
  /** The cluster's type and category; undefined while unknown (then no add-on exception counts as resolved). */
  clusterKind: ClusterKind | undefined;
}

/**
 * One reason the plan may not be submitted yet, as data the SPA words from its catalogue (blocker-words.ts). CCE's
 * item names and messages stay as CCE sent them.
 */
export type SubmitBlocker =
  | { code: 'not-run' }
  | { code: 'changed'; changes: readonly PlanChange[] }
  | { code: 'running' }
  | { code: 'error'; message: string }
  | { code: 'expired' }
  | { code: 'risk'; name: string }
  | { code: 'exception'; name: string };

/** Every reason the plan may not be submitted yet; empty means the check passed. */
export function submitBlockers({ check, changes, accepted, plan, templates, clusterKind }: VerdictInput): SubmitBlocker[] {
  if (!check) return [{ code: 'not-run' }];
  if (changes.length > 0) return [{ code: 'changed', changes }];
  switch (check.state) {
    case 'running':
      return [{ code: 'running' }];
    case 'error':
      return [{ code: 'error', message: check.message }];
    case 'expired':
      return [{ code: 'expired' }];
    case 'done':
      return check.findings.flatMap((finding): SubmitBlocker[] => {
        if (isRisk(finding)) return isAccepted(finding, accepted) ? [] : [{ code: 'risk', name: finding.name }];
        if (resolvedByPlan(finding, plan, templates, clusterKind)) return [];
        return [{ code: 'exception', name: finding.name }];
      });
  }
}
