import { useState } from 'react';
import { proposedPatches, type AddonFate } from '../../../../../shared/addon-fates';
import type { AddonInstance } from '../../../../../shared/cce-responses';
import { andList } from '../../../../../shared/addon-lints';
import { useAddonPatches } from './use-addon-patches';

/** The words for a list of patches, e.g. "coredns to 1.29.5 and everest to 2.4.62". */
export function listPatches(patches: readonly { name: string; version: string }[]): string {
  return andList(patches.map((patch) => `${patch.name} to ${patch.version}`));
}

/**
 * "Patch all proposed add-ons": each incompatible, unpatched add-on gets the patch its card proposes, through the same
 * path as the card's own switch. What it did is kept for a status message, since the button goes once it is used.
 */
export function usePatchAll(clusterId: string, fates: readonly AddonFate[], instances: readonly AddonInstance[]) {
  const patches = useAddonPatches();
  const [done, setDone] = useState('');
  const proposed = proposedPatches(fates).filter((patch) => instances.some((instance) => instance.spec.addonTemplateName === patch.name));
  const patchAll = () => {
    for (const { name, version } of proposed) {
      const instance = instances.find((candidate) => candidate.spec.addonTemplateName === name)!;
      patches.start(clusterId, instance, version);
    }
    setDone(`Patched ${listPatches(proposed)}.`);
  };
  return { proposed, patchAll, done };
}
