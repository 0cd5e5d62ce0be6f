import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';

// Empty variables count as unset, so `HUAWEICLOUD_SDK_AK= npm start` means demo mode rather than an error.
export const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(schema),
  );

/** Secrets that may come from a mounted file (`NAME_FILE`) instead of the environment itself. */
export const FILE_VARIABLES = ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'OIDC_CLIENT_SECRET'] as const;

/**
 * Replaces each `NAME_FILE` by NAME read from that file (trailing newline dropped, as editors and
 * `kubectl create secret --from-file` leave one). Problems name the variable and path, never the content.
 */
export function resolveFileVariables(env: Record<string, string | undefined>): { env: Record<string, string | undefined>; issues: string[] } {
  const fileNames = new Set<string>(FILE_VARIABLES.map((name) => `${name}_FILE`));
  const resolved = Object.fromEntries(Object.entries(env).filter(([name]) => !fileNames.has(name)));
  const issues: string[] = [];
  for (const name of FILE_VARIABLES) {
    const path = env[`${name}_FILE`];
    if (!path) continue;
    if (env[name]) {
      issues.push(`  ${name}_FILE: set ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      resolved[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      issues.push(`  ${name}_FILE: cannot read ${path} (${code})`);
    }
  }
  return { env: resolved, issues };
}
