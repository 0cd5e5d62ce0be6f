// Words of the plan's lints (src/web/lib/describe-lint.ts), shown beside batches, add-ons, the review and plans.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/lints/en.json';
import { messages } from '../locales/lints/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
