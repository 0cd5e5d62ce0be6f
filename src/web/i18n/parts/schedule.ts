// Words of the estimate, maintenance window and rollout timeline on the review step.
// Importing this module loads the part's English; see messagePart in ../i18n.ts.
import { messagePart } from '../i18n';
import type source from '../locales/schedule/en.json';
import { messages } from '../locales/schedule/en.json?lingui';

export const { useT, translate, Trans } = messagePart<keyof typeof source>(messages);
