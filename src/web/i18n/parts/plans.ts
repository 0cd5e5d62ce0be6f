// Words of the saved plans: list, plan page, reviews, comments, drift, exports and submit.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/plans/en.json';
import { messages } from '../locales/plans/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
