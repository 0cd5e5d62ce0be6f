// Words of what changed in a cluster between two snapshots (drift), shared by the plan page and the plan-file check.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/drift/en.json';
import { messages } from '../locales/drift/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
