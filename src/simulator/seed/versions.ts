/**
 * The version catalogue the simulated region offers. Upgrade paths deliberately need several hops
 * from old releases (v1.25 → v1.27 → v1.29 …), as CCE's real paths do.
 */
export interface ReleaseInfo {
  release: string;
  /** Newest CCE patch of the release; a cluster upgraded to this minor lands on it. */
  latestPatch: string;
  platformVersion: string;
}

export const releases: Readonly<Record<string, ReleaseInfo>> = {
  'v1.23': { release: 'v1.23.17', latestPatch: 'r60', platformVersion: 'cce.5.0' },
  'v1.25': { release: 'v1.25.16', latestPatch: 'r40', platformVersion: 'cce.6.0' },
  'v1.27': { release: 'v1.27.16', latestPatch: 'r40', platformVersion: 'cce.8.0' },
  'v1.28': { release: 'v1.28.15', latestPatch: 'r50', platformVersion: 'cce.10.0' },
  'v1.29': { release: 'v1.29.13', latestPatch: 'r10', platformVersion: 'cce.11.0' },
  'v1.30': { release: 'v1.30.10', latestPatch: 'r10', platformVersion: 'cce.12.0' },
  'v1.31': { release: 'v1.31.6', latestPatch: 'r0', platformVersion: 'cce.13.0' },
};

export const upgradePaths: Readonly<Record<string, readonly string[]>> = {
  'v1.23': ['v1.25'],
  'v1.25': ['v1.27'],
  'v1.27': ['v1.28', 'v1.29'],
  'v1.28': ['v1.29', 'v1.30'],
  'v1.29': ['v1.30', 'v1.31'],
  'v1.30': ['v1.31'],
};

export function releaseOf(minor: string): ReleaseInfo {
  const info = releases[minor];
  if (!info) throw new Error(`no release catalogued for ${minor}`);
  return info;
}

export function targetsOf(minor: string): string[] {
  return [...(upgradePaths[minor] ?? [])];
}
