import type { NodeSelector } from '../../shared/upgrade-request';
import { translate } from '../i18n/parts/wizard';
import { commaList } from './word-lists';

/**
 * A batch's selector as people read it, in the active language: "upgrade-wave in canary, beta", "gpu exists", "no label
 * spot". Keys, values and the in/not in operators stay as the selector has them. (src/shared/describe-selector.ts says
 * the same in English for the revision diff the BFF writes.)
 */
export function describeSelector({ key, operator, value = [] }: NodeSelector): string {
  switch (operator) {
    case 'exists':
      return translate('wizard.selector.exists', { key });
    case '!':
      return translate('wizard.selector.absent', { key });
    case 'gt':
      return translate('wizard.selector.gt', { key, value: value[0] ?? '' });
    case 'lt':
      return translate('wizard.selector.lt', { key, value: value[0] ?? '' });
    case 'in':
    case 'notin': {
      const values = commaList(value);
      return translate(operator === 'in' ? 'wizard.selector.in' : 'wizard.selector.notin', { key, values });
    }
  }
}
