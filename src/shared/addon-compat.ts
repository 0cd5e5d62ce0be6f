import type { AddonTemplate, Cluster } from './cce-responses';

/** What CCE matches an add-on version's `supportVersions` against (reference §2.5). */
export interface ClusterTraits {
  /** The cluster version the add-on must support: the upgrade's target, minor (`v1.29`) or full (`v1.29.13-r10`). */
  version: string;
  clusterType: string;
  category: string;
}

export type SupportVersion = NonNullable<AddonTemplate['spec']['versions'][number]['supportVersions']>[number];
export type TemplateVersion = AddonTemplate['spec']['versions'][number];

// An empty or missing category list means CCE Standard and Turbo, not Autopilot (reference §2.5).
const DEFAULT_CATEGORIES = ['CCE', 'Turbo'];

/**
 * The traits of a cluster once upgraded to `targetVersion`. CCE describes x86 clusters as `VirtualMachine` and Kunpeng
 * ones as `ARM64` in `spec.type`; older or bare-metal types have x86 masters, so everything but ARM64 matches
 * `VirtualMachine`. A missing category is CCE Standard.
 */
export function clusterTraits(cluster: Cluster, targetVersion: string): ClusterTraits {
  return {
    version: targetVersion,
    clusterType: cluster.spec.type === 'ARM64' ? 'ARM64' : 'VirtualMachine',
    category: cluster.spec.category || 'CCE',
  };
}

/** What of a cluster, besides its version, an add-on version's support depends on. */
export type ClusterKind = Omit<ClusterTraits, 'version'>;

/** Whether a template's `addonVersion` supports the cluster; false when the template or version is unknown. */
export function templateVersionSupports(template: AddonTemplate | undefined, addonVersion: string, traits: ClusterTraits): boolean {
  const version = template?.spec.versions.find((candidate) => candidate.version === addonVersion);
  return version !== undefined && supports(version.supportVersions, traits).supported;
}

export interface Support {
  supported: boolean;
  /** Patterns CCE published that are not valid regular expressions: they never match, and the planner says so. */
  invalidPatterns: string[];
}

/** CCE's patterns are matched against the whole version, so they are anchored here. */
function matchPattern(pattern: string, version: string): boolean | 'invalid' {
  try {
    return new RegExp(`^(?:${pattern})$`).test(version);
  } catch {
    return 'invalid';
  }
}

/** Whether one `supportVersions` list admits the cluster: some entry of the right type and category whose regexes match. */
export function supports(supportVersions: readonly SupportVersion[] | undefined, traits: ClusterTraits): Support {
  const invalidPatterns = new Set<string>();
  let supported = false;
  for (const entry of supportVersions ?? []) {
    // An entry without a clusterType places no restriction on it.
    if (entry.clusterType && entry.clusterType !== traits.clusterType) continue;
    const categories = entry.category && entry.category.length > 0 ? entry.category : DEFAULT_CATEGORIES;
    if (!categories.includes(traits.category)) continue;
    for (const pattern of entry.clusterVersion ?? []) {
      const match = matchPattern(pattern, traits.version);
      if (match === 'invalid') invalidPatterns.add(pattern);
      else if (match) supported = true;
    }
  }
  return { supported, invalidPatterns: [...invalidPatterns] };
}

/** Orders add-on versions numerically segment by segment (`1.10.0` after `1.9.3`); non-numeric parts compare as text. */
export function compareAddonVersions(a: string, b: string): number {
  const split = (version: string) => version.split(/[.+-]/);
  const left = split(a);
  const right = split(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/** Stable versions first, each group newest first: the order the planner offers versions in. */
export function byNewestStable(a: TemplateVersion, b: TemplateVersion): number {
  const stable = Number(b.stable !== false) - Number(a.stable !== false);
  return stable !== 0 ? stable : compareAddonVersions(b.version, a.version);
}

export interface AddonAssessment {
  name: string;
  currentVersion: string;
  /** `unknown`: the region publishes no template for this add-on, or the installed version is not in it. */
  current: 'supported' | 'unsupported' | 'unknown';
  /** Versions a patch may choose: compatible with the target and not older than the installed one, newest stable first. */
  options: TemplateVersion[];
  /** What the planner proposes for a patch: the first option, if any. */
  proposal: string | undefined;
  invalidPatterns: string[];
}

/** Compatibility of one installed add-on with the upgraded cluster, and the versions a patch could move it to. */
export function assessAddon(name: string, currentVersion: string, template: AddonTemplate | undefined, traits: ClusterTraits): AddonAssessment {
  const versions = template?.spec.versions ?? [];
  const invalid = new Set<string>();
  const support = (version: TemplateVersion) => {
    const result = supports(version.supportVersions, traits);
    result.invalidPatterns.forEach((pattern) => invalid.add(pattern));
    return result.supported;
  };
  const installed = versions.find((version) => version.version === currentVersion);
  const current = installed === undefined ? 'unknown' : support(installed) ? 'supported' : 'unsupported';
  // A patch upgrades: versions older than the installed one are not offered; the installed one is, to change values alone.
  const options = versions
    .filter((version) => compareAddonVersions(version.version, currentVersion) >= 0 && support(version))
    .sort(byNewestStable);
  return { name, currentVersion, current, options, proposal: options[0]?.version, invalidPatterns: [...invalid] };
}
