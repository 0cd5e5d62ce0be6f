import { compareAddonVersions } from '../../shared/addon-compat';
import type { AddonInstance } from '../../shared/cce-responses';
import type { AddonPatch } from '../../shared/upgrade-request';
import type { CatalogEntry, CatalogVersion } from '../seed/addon-catalog';
import { catalogEntry, compatibleVersion, supportsCluster } from '../seed/addon-catalog';

export interface AddonCompatibility {
  addon: AddonInstance;
  entry: CatalogEntry;
  current: CatalogVersion;
  /** The newest version that supports the target; undefined when none does. */
  compatible: CatalogVersion | undefined;
}

/** Installed add-ons whose current version does not support the target cluster version. */
export function incompatibleAddons(addons: readonly AddonInstance[], targetMinor: string): AddonCompatibility[] {
  return addons.flatMap((addon) => {
    const entry = catalogEntry(addon.spec.addonTemplateName);
    const current = entry?.versions.find((version) => version.version === addon.spec.version);
    if (!entry || !current || supportsCluster(current, targetMinor)) return [];
    return [{ addon, entry, current, compatible: compatibleVersion(entry, targetMinor) }];
  });
}

/**
 * What CCE moves by itself during the upgrade: maintained add-ons the request does not patch, to a compatible version,
 * and only where some version runs on both sides of the upgrade. Otherwise it leaves the add-on as it is, as the
 * planner tells its users (src/shared/addon-fates.ts): the two must agree.
 */
export function automaticAddonPatches(addons: readonly AddonInstance[], fromMinor: string, targetMinor: string, requested: readonly AddonPatch[]): AddonPatch[] {
  const patched = new Set(requested.map((patch) => patch.addonTemplateName));
  // The planner's rule exactly: a version newer than the installed one that runs on both (compareAddonVersions, as it uses).
  const bridged = (entry: CatalogEntry, current: CatalogVersion) =>
    entry.versions.some(
      (version) => compareAddonVersions(version.version, current.version) > 0 && supportsCluster(version, fromMinor) && supportsCluster(version, targetMinor),
    );
  return incompatibleAddons(addons, targetMinor).flatMap(({ addon, entry, current, compatible }) =>
    current.retired || !compatible || !bridged(entry, current) || patched.has(addon.spec.addonTemplateName)
      ? []
      : [{ addonTemplateName: addon.spec.addonTemplateName, operation: 'patch' as const, version: compatible.version }],
  );
}
