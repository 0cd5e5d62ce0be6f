// Words of the later wizard steps: version, strategy, node pool order, node batches, start over.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/wizard/en.json';
import { messages } from '../locales/wizard/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
