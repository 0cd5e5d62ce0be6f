import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '../../../../../shared/plan';
import type { AddonPatch } from '../../../../../shared/upgrade-request';
import type { AddonValues } from './values-diff';

/** The plan's add-on patches, one per add-on, edited through the form so the preview and draft follow. */
export function useAddonPatches() {
  const { getValues, setValue } = useFormContext<Plan>();
  const addons = useWatch<Plan, 'addons'>({ name: 'addons' });
  const write = (next: AddonPatch[]) => setValue('addons', next, { shouldDirty: true });
  const others = (name: string) => getValues('addons').filter((patch) => patch.addonTemplateName !== name);
  return {
    patches: addons,
    patchOf: (name: string) => addons.find((patch) => patch.addonTemplateName === name),
    enable: (name: string, version: string, values: AddonValues | undefined) =>
      write([...others(name), { addonTemplateName: name, operation: 'patch', version, ...(values ? { values } : {}) }]),
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
