// Words of the add-ons step and its patch summary.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/addons/en.json';
import { messages } from '../locales/addons/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
