import type { PlanChange, SubmitBlocker } from '../../../shared/pre-check-verdict';
import { translate } from '../../i18n/parts/review';
import { commaList } from '../../lib/word-lists';

// Why the plan may not be submitted yet, worded from the catalogue: src/shared/pre-check-verdict.ts finds the blockers
// (as data), once.

const changeIds = {
  cluster: 'review.change.cluster',
  'target-version': 'review.change.targetVersion',
  addons: 'review.change.addons',
} as const satisfies Record<PlanChange, string>;

/** One blocker, with what to do about it, in the planner's language; CCE's item names and messages as CCE sent them. */
export function describeBlocker(blocker: SubmitBlocker): string {
  switch (blocker.code) {
    case 'not-run':
      return translate('review.blocker.notRun');
    case 'changed':
      return translate('review.blocker.changed', { changes: commaList(blocker.changes.map((change) => translate(changeIds[change]))) });
    case 'running':
      return translate('review.blocker.running');
    case 'error':
      return translate('review.blocker.error', { message: blocker.message });
    case 'expired':
      return translate('review.blocker.expired');
    case 'risk':
      return translate('review.blocker.risk', { name: blocker.name });
    case 'exception':
      return translate('review.blocker.exception', { name: blocker.name });
  }
}
