import type { AddonTemplate } from './cce-responses';

function matchesWhole(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(text);
  } catch {
    // A pattern this engine cannot read proves nothing: the version is not shown as compatible.
    return false;
  }
}

/**
 * Whether an add-on version runs on a cluster version, from the template's supportVersions: CCE writes the cluster
 * versions as regular expressions ("v1.2[7-9].*"), matched against the minor form the planner targets.
 */
export function supportsClusterVersion(template: AddonTemplate | undefined, addonVersion: string, clusterVersion: string): boolean {
  const version = template?.spec.versions.find((candidate) => candidate.version === addonVersion);
  return (version?.supportVersions ?? []).some((support) => (support.clusterVersion ?? []).some((pattern) => matchesWhole(pattern, clusterVersion)));
}
