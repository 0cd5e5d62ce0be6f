// Apart from the add-on rules on purpose: the wizard's root needs these words on the first screen, the rules it does not.
import { translate } from '../i18n/parts/lints';

/** Until the installed add-ons have been checked against the target, that check itself holds submit back. */
export const addonsUncheckedBlocker = (targetVersion: string) => translate('lints.addons.unchecked', { target: targetVersion });
