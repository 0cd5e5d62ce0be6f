import { useState } from 'react';
import { proposedPatches, type AddonFate } from '../../../../../shared/addon-fates';
import type { AddonInstance } from '../../../../../shared/cce-responses';
import { translate } from '../../../../i18n/parts/addons';
import { andList } from '../../../../lib/word-lists';
import { useAddonPatches } from './use-addon-patches';

type Proposed = readonly { name: string; version: string }[];

/** The words for a list of patches, e.g. "coredns to 1.29.5 and everest to 2.4.62". */
export function listPatches(patches: Proposed): string {
  return andList(patches.map((patch) => translate('addons.patchTo', { name: patch.name, version: patch.version })));
}

/**
 * "Patch all proposed add-ons": each incompatible, unpatched add-on gets the patch its card proposes, through the same
 * path as the card's own switch. What it did is kept for a status message, since the button goes once it is used.
 */
export function usePatchAll(clusterId: string, fates: readonly AddonFate[], instances: readonly AddonInstance[]) {
  const patches = useAddonPatches();
  // What was patched, worded when shown, so the message follows the language.
  const [patched, setPatched] = useState<Proposed | null>(null);
  const proposed = proposedPatches(fates).filter((patch) => instances.some((instance) => instance.spec.addonTemplateName === patch.name));
  const patchAll = () => {
    for (const { name, version } of proposed) {
      const instance = instances.find((candidate) => candidate.spec.addonTemplateName === name)!;
      patches.start(clusterId, instance, version);
    }
    setPatched(proposed);
  };
  const done = patched ? translate('addons.patchAll.done', { patches: listPatches(patched) }) : '';
  return { proposed, patchAll, done };
}
