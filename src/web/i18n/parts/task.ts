// Words of the task view and a cluster's upgrade history.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/task/en.json';
import { messages } from '../locales/task/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
