import { assessAddon, compareAddonVersions, supports, templateVersionSupports, type ClusterKind, type TemplateVersion } from './addon-compat';
import type { AddonTemplate } from './cce-responses';
import type { AddonPatch } from './upgrade-request';

/** An installed add-on as the planner knows it: from ListAddonInstances, or from a revision's snapshot. */
export interface InstalledAddon {
  name: string;
  version: string;
}

/** What CCE does with an incompatible add-on the request does not patch. */
export type CceOutcome =
  /**
   * Some newer version supports the cluster before and after, so CCE moves the add-on after the cluster, to one of
   * `candidates` (the newer versions that support the target): which one CCE picks is not published when there are several.
   */
  | { kind: 'upgrades'; candidates: string[] }
  /** Nothing bridges the two cluster versions: the add-on stays as it is, unsupported. */
  | { kind: 'leaves' };

/** One installed add-on's fate in the upgrade. */
export type AddonFate =
  | { kind: 'patched'; name: string; from: string; to: string; supportsTarget: boolean }
  | { kind: 'compatible'; name: string; version: string }
  /** `proposal`: what a patch should move it to; undefined when no version from the installed one on supports the target. */
  | { kind: 'incompatible'; name: string; version: string; proposal: string | undefined; cce: CceOutcome }
  | { kind: 'unknown'; name: string; version: string; reason: 'no-template' | 'unpublished-version' };

export interface FateInput {
  installed: readonly InstalledAddon[];
  patches: readonly AddonPatch[];
  templates: readonly AddonTemplate[];
  kind: ClusterKind;
  /** The cluster's version before the upgrade, as CCE spells it (v1.28, or a full version). */
  currentVersion: string;
  targetVersion: string;
}

/**
 * CCE upgrades an unpatched add-on along with the cluster only when a version runs on both sides of the upgrade (it
 * must keep running while the masters move); it never moves one backwards.
 */
function cceOutcome(template: AddonTemplate, installed: InstalledAddon, { kind, currentVersion, targetVersion }: FateInput): CceOutcome {
  const runs = (version: TemplateVersion, cluster: string) => supports(version.supportVersions, { ...kind, version: cluster }).supported;
  const newer = template.spec.versions.filter((version) => compareAddonVersions(version.version, installed.version) > 0);
  if (!newer.some((version) => runs(version, currentVersion) && runs(version, targetVersion))) return { kind: 'leaves' };
  const candidates = newer.filter((version) => runs(version, targetVersion)).map((version) => version.version);
  return { kind: 'upgrades', candidates: candidates.sort(compareAddonVersions) };
}

/** Every installed add-on's fate, in the order CCE lists them. */
export function addonFates(input: FateInput): AddonFate[] {
  const { installed, patches, templates, kind, targetVersion } = input;
  const traits = { ...kind, version: targetVersion };
  return installed.map((addon): AddonFate => {
    const { name, version } = addon;
    const template = templates.find((candidate) => candidate.metadata.name === name);
    const patch = patches.find((candidate) => candidate.addonTemplateName === name);
    if (patch) return { kind: 'patched', name, from: version, to: patch.version, supportsTarget: templateVersionSupports(template, patch.version, traits) };
    if (!template) return { kind: 'unknown', name, version, reason: 'no-template' };
    const assessment = assessAddon(name, version, template, traits);
    if (assessment.current === 'unknown') return { kind: 'unknown', name, version, reason: 'unpublished-version' };
    if (assessment.current === 'supported') return { kind: 'compatible', name, version };
    return { kind: 'incompatible', name, version, proposal: assessment.proposal, cce: cceOutcome(template, addon, input) };
  });
}

/** The fates that a patch-all patches: incompatible, unpatched, and with a version to patch to. */
export function proposedPatches(fates: readonly AddonFate[]): { name: string; version: string }[] {
  return fates.flatMap((fate) => (fate.kind === 'incompatible' && fate.proposal ? [{ name: fate.name, version: fate.proposal }] : []));
}

/** An add-on's fate as a heading: its name, and the version it ends the upgrade on as far as the plan decides it. */
export function describeFateHeading(fate: AddonFate): string {
  switch (fate.kind) {
    case 'patched':
      return `${fate.name}: ${fate.from} → ${fate.to}`;
    case 'compatible':
      return `${fate.name}: ${fate.version}, kept as it is`;
    case 'incompatible':
      return `${fate.name}: ${fate.version}, incompatible and not patched`;
    case 'unknown':
      return `${fate.name}: ${fate.version}, not patched`;
  }
}

/** How many add-ons are upgraded after the cluster: those the plan patches, and those CCE moves by itself. */
export const addonsUpgradedAfterCluster = (fates: readonly AddonFate[]): number =>
  fates.filter((fate) => fate.kind === 'patched' || (fate.kind === 'incompatible' && fate.cce.kind === 'upgrades')).length;
