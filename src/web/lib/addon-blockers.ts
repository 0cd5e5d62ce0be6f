import { isBlockingAddonLint } from '../../shared/addon-lints';
import { translate } from '../i18n/parts/lints';
import { describeAddonLint } from './describe-lint';
import { describeError } from './describe-error';
import { addonsUncheckedBlocker } from './addons-unchecked';
import type { AddonFatesView } from './use-addon-fates';


/**
 * The add-on findings that must be dealt with before submit, in words with what to do. The wizard and the plan page
 * both hold submit back by these, and alike while the check is still loading or has failed.
 */
export function addonBlockers(view: AddonFatesView, targetVersion: string): string[] {
  switch (view.state) {
    case 'pending':
      return [addonsUncheckedBlocker(targetVersion)];
    case 'error':
      return [translate('lints.addons.uncheckable', { target: targetVersion, reason: describeError(view.error).title })];
    case 'ready':
      return view.lints.filter(isBlockingAddonLint).map(describeAddonLint);
  }
}
