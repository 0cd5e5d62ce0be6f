import type { z } from 'zod/mini';

/**
 * A shared schema's first issue with a value (the first at `path`, when given), found while rendering: its message is
 * the schema's own (src/shared/schema-messages.ts, or zod's) in the language shown now, so it follows a language switch,
 * as a message kept from an earlier parse (react-hook-form's error, component state) would not. Forms show it, framed
 * by the field it is about; none maps issue codes to words of its own.
 */
export function schemaIssue(schema: z.ZodMiniType, value: unknown, path: readonly PropertyKey[] = []): z.core.$ZodIssue | undefined {
  const parsed = schema.safeParse(value);
  return parsed.error?.issues.find((issue) => path.every((key, index) => issue.path[index] === key));
}
