// Words of the review step: the request, waves, pre-check, submit, confirm and reconcile.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/review/en.json';
import { messages } from '../locales/review/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
