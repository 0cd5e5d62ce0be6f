// Words of opening a plan file (the plan-import page).
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/plan-import/en.json';
import { messages } from '../locales/plan-import/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
