import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { englishSchemaMessage } from './schema-messages-en';
import { speakSchemaMessages } from './schema-messages';

/**
 * English for every zod issue, imported once by each entry point that speaks English (BFF, simulator, CLI; the node
 * tests too, as their setup): zod/mini ships no messages of its own ("Invalid input" for every issue), so zod's own
 * issues read as its English locale ("Too big: expected number to be <=100"), and our schemas' own messages
 * (schema-messages.ts) as their English. The SPA speaks both in the user's language instead (src/web/i18n/schema-messages.ts).
 */
config(en());
speakSchemaMessages(englishSchemaMessage);
