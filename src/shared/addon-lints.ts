import type { AddonFate, CceOutcome } from './addon-fates';
import type { AddonPatch } from './upgrade-request';

/** The versions of an upgrade, which every add-on lint is worded against. */
export interface UpgradeVersions {
  currentVersion: string;
  targetVersion: string;
}

/** Findings about add-ons; part of PlanLint (plan-lints.ts). */
export type AddonLint =
  | ({ kind: 'addon-incompatible'; addon: string; version: string; proposal: string; cce: CceOutcome } & UpgradeVersions)
  | ({ kind: 'addon-no-compatible-version'; addon: string; version: string } & UpgradeVersions)
  | ({ kind: 'addon-compat-unknown'; addon: string; version: string; reason: 'no-template' | 'unpublished-version' } & UpgradeVersions)
  | ({ kind: 'addon-patch-unsupported'; addon: string; version: string } & UpgradeVersions)
  | { kind: 'addon-not-installed'; addon: string };

/** What the plan leaves to chance or to CCE, per add-on; patched and compatible add-ons need no word. */
export function lintAddonFates(fates: readonly AddonFate[], patches: readonly AddonPatch[], versions: UpgradeVersions): AddonLint[] {
  const lints = fates.flatMap((fate): AddonLint[] => {
    switch (fate.kind) {
      case 'compatible':
        return [];
      case 'patched':
        return fate.supportsTarget ? [] : [{ kind: 'addon-patch-unsupported', addon: fate.name, version: fate.to, ...versions }];
      case 'unknown':
        return [{ kind: 'addon-compat-unknown', addon: fate.name, version: fate.version, reason: fate.reason, ...versions }];
      case 'incompatible':
        return fate.proposal
          ? [{ kind: 'addon-incompatible', addon: fate.name, version: fate.version, proposal: fate.proposal, cce: fate.cce, ...versions }]
          : [{ kind: 'addon-no-compatible-version', addon: fate.name, version: fate.version, ...versions }];
    }
  });
  const installed = new Set(fates.map((fate) => fate.name));
  const strays = patches.filter((patch) => !installed.has(patch.addonTemplateName));
  return [...lints, ...strays.map((patch): AddonLint => ({ kind: 'addon-not-installed', addon: patch.addonTemplateName }))];
}

/** Add-on lints that make the upgrade fail or leave an add-on broken with no way forward: they block submit. */
export const isBlockingAddonLint = (lint: { kind: string }): boolean =>
  lint.kind === 'addon-no-compatible-version' || lint.kind === 'addon-patch-unsupported' || lint.kind === 'addon-not-installed';

/** "a", "a and b", "a, b and c": the planner's one way of listing things in a sentence. */
export const andList = (words: readonly string[]) => (words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`);

/** What CCE does with an incompatible add-on left unpatched, in one sentence. */
export function describeCceOutcome(cce: CceOutcome, version: string, { currentVersion, targetVersion }: UpgradeVersions): string {
  if (cce.kind === 'leaves') {
    return `No published version supports both ${currentVersion} and ${targetVersion}, so CCE leaves it on ${version}, unsupported by the upgraded cluster.`;
  }
  return cce.candidates.length === 1
    ? `A published version supports both ${currentVersion} and ${targetVersion}, so CCE upgrades it after the cluster, to ${cce.candidates[0]}: the one newer version that supports ${targetVersion}.`
    : `A published version supports both ${currentVersion} and ${targetVersion}, so CCE upgrades it after the cluster, to one of the newer versions that support ${targetVersion} (${andList(cce.candidates)}), but the planner cannot tell which.`;
}

function describeIncompatible(lint: Extract<AddonLint, { kind: 'addon-incompatible' }>): string {
  const { addon, version, proposal, cce, targetVersion } = lint;
  const advice =
    cce.kind === 'leaves'
      ? `Patch it to ${proposal}.`
      : cce.candidates.length === 1
        ? `To choose its values yourself, patch it to ${proposal}.`
        : `To choose the version yourself, patch it to ${proposal}.`;
  return `${addon} ${version} does not support ${targetVersion} and this plan does not patch it. ${describeCceOutcome(cce, version, lint)} ${advice}`;
}

/** The lint in words, with what to do about it. */
export function describeAddonLint(lint: AddonLint): string {
  switch (lint.kind) {
    case 'addon-incompatible':
      return describeIncompatible(lint);
    case 'addon-no-compatible-version':
      return `${lint.addon} ${lint.version} does not support ${lint.targetVersion}, and no published version of ${lint.addon} from ${lint.version} on does, so neither this plan nor CCE can move it to one. Uninstall it in the CCE console, or choose another target version.`;
    case 'addon-compat-unknown':
      return lint.reason === 'no-template'
        ? `CCE publishes no template for ${lint.addon}, so the planner cannot tell whether ${lint.version} supports ${lint.targetVersion} or what CCE does with it. Check it in the CCE console.`
        : `CCE’s template for ${lint.addon} does not list the installed version ${lint.version}, so the planner cannot tell whether it supports ${lint.targetVersion} or what CCE does with it. Check it in the CCE console.`;
    case 'addon-patch-unsupported':
      return `This plan patches ${lint.addon} to ${lint.version}, which is not a published version that supports ${lint.targetVersion}. Choose a version that does on the add-ons step.`;
    case 'addon-not-installed':
      return `This plan patches ${lint.addon}, which is not installed in this cluster, and CCE patches only installed add-ons. Open the add-ons step, which drops the patch.`;
  }
}
