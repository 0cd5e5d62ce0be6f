// Words of zod's issues and our schemas' own messages (src/web/i18n/schema-messages.ts), loaded just after the first render.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/schema/en.json';
import { messages } from '../locales/schema/en.json?lingui';

export type SchemaId = keyof typeof source;
export const { translate } = messagePart<SchemaId>(messages);
