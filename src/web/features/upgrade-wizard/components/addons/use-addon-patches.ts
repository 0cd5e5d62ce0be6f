import { useFormContext, useWatch } from 'react-hook-form';
import type { AddonInstance } from '../../../../../shared/cce-responses';
import type { Plan } from '../../../../../shared/plan';
import type { AddonPatch } from '../../../../../shared/upgrade-request';
import type { AddonValues } from './values-diff';
import { saveValuesText } from './values-text-storage';

/** The plan's add-on patches, one per add-on, edited through the form so the preview and draft follow. */
export function useAddonPatches() {
  const { getValues, setValue } = useFormContext<Plan>();
  const addons = useWatch<Plan, 'addons'>({ name: 'addons' });
  const write = (next: AddonPatch[]) => setValue('addons', next, { shouldDirty: true });
  const others = (name: string) => getValues('addons').filter((patch) => patch.addonTemplateName !== name);
  const enable = (name: string, version: string, values: AddonValues | undefined) =>
    write([...others(name), { addonTemplateName: name, operation: 'patch', version, ...(values ? { values } : {}) }]);
  return {
    patches: addons,
    patchOf: (name: string) => addons.find((patch) => patch.addonTemplateName === name),
    /**
     * Patches an installed add-on to `version`, keeping the values of a patch it already has. A new patch starts from
     * the add-on's values today, never from text an earlier plan left unfinished (Start over keeps no patch, but the
     * unfinished text lives in its own storage).
     */
    start: (clusterId: string, instance: AddonInstance, version: string) => {
      const name = instance.spec.addonTemplateName;
      const patch = getValues('addons').find((candidate) => candidate.addonTemplateName === name);
      if (!patch) saveValuesText(clusterId, name, undefined);
      enable(name, version, patch?.values ?? instance.spec.values);
    },
    disable: (name: string) => write(others(name)),
    update: (name: string, change: Partial<Pick<AddonPatch, 'version' | 'values'>>) =>
      write(getValues('addons').map((patch) => (patch.addonTemplateName === name ? { ...patch, ...change } : patch))),
    /** Drops patches of add-ons the cluster does not have (a draft made for another cluster). */
    keepOnly: (installed: ReadonlySet<string>) => {
      const kept = getValues('addons').filter((patch) => installed.has(patch.addonTemplateName));
      if (kept.length !== getValues('addons').length) write(kept);
    },
  };
}
