import type { z } from 'zod/mini';

/**
 * Reads JSON from web storage and checks it with `schema`: null when the key is absent, the text is not JSON, or the
 * value no longer fits the schema (an older build wrote it, or someone edited it). Storage is input like any other.
 */
export function readStored<S extends z.ZodMiniType>(storage: Storage, key: string, schema: S): z.output<S> | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
