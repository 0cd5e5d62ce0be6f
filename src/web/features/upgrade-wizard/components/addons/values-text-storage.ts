import { z } from 'zod/mini';
import { readStored } from '../../../../lib/stored';

const KEY = 'cce-upgrade-planner:addon-values-text';

// The plan only ever holds valid values; text still being typed (invalid, or awaiting a removal's confirmation) is
// kept here so a reload does not lose it. Keyed by cluster and add-on.
const storedSchema = z.record(z.string(), z.string());

const keyOf = (clusterId: string, addon: string) => `${clusterId}/${addon}`;

const readAll = (): Record<string, string> => readStored(sessionStorage, KEY, storedSchema) ?? {};

export function loadValuesText(clusterId: string, addon: string): string | undefined {
  return readAll()[keyOf(clusterId, addon)];
}

/** Stores unfinished text, or forgets it when `text` is undefined (applied, reset or the patch dropped). */
export function saveValuesText(clusterId: string, addon: string, text: string | undefined): void {
  const { [keyOf(clusterId, addon)]: _previous, ...others } = readAll();
  const next = text === undefined ? others : { ...others, [keyOf(clusterId, addon)]: text };
  if (Object.keys(next).length === 0) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, JSON.stringify(next));
}
