import type { z } from 'zod/mini';
import type { SCHEMA_MESSAGES } from './schema-messages-en';

/**
 * Our schemas' own messages, by stable key (the English is in ./schema-messages-en.ts). Each entry point says them in
 * its words with `speakSchemaMessages`: the BFF, the simulator and the CLI in English (zod-messages.ts), the SPA in the
 * user's language, by key, never by matching the English.
 */
export type SchemaMessageKey = keyof typeof SCHEMA_MESSAGES;
export type SchemaMessageValues = Record<string, string | number>;
type Speak = (key: SchemaMessageKey, values: SchemaMessageValues) => string;

// Until an entry point says in which words (zod-messages.ts: English; the SPA: the user's language), a message is its
// key: visible in a test, never a silent English in a Chinese page.
let speak: Speak = (key) => key;

/** A schema's own message, as zod's `error` parameter: spoken when the issue is raised, in the language set then. */
export const schemaMessage = (key: SchemaMessageKey, values: SchemaMessageValues = {}): { error: z.core.$ZodErrorMap } => ({
  error: () => speak(key, values),
});

/** A schema's own message for an issue it raises itself (`ctx.addIssue` in a superRefine), in the language set now. */
export const schemaIssueMessage = (key: SchemaMessageKey, values: SchemaMessageValues = {}): string => speak(key, values);

/** Sets the words the schemas speak their messages in, once per entry point (see above). */
export function speakSchemaMessages(translator: Speak): void {
  speak = translator;
}
