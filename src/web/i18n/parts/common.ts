// Words several lazy parts share: durations (src/web/lib/format-duration.ts) and why node labels are derived
// (src/web/lib/describe-label-reason.ts).
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/common/en.json';
import { messages } from '../locales/common/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
