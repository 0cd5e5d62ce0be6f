import type { CommentAnchor, PlanState } from '../../../shared/plans-api';
import { translate } from '../../i18n/parts/plans';

type Id = Parameters<typeof translate>[0];

/** A plan's state in words, by the BFF's state (never by its English). */
export const stateIds: Record<PlanState, Id> = {
  draft: 'plans.state.draft',
  'in-review': 'plans.state.inReview',
  'changes-requested': 'plans.state.changesRequested',
  approved: 'plans.state.approved',
  submitted: 'plans.state.submitted',
  superseded: 'plans.state.superseded',
};

export { formatTime, shortHash } from '../../lib/format-time';

/**
 * What a comment is about, with pool ids turned into the names the snapshot recorded: in a sentence ("about wave 1"),
 * or as the About list's option ("Wave 1"), which languages with capitals start with one.
 */
export function describeAnchor(anchor: CommentAnchor, poolNames: Readonly<Record<string, string>>, { standalone = false } = {}): string {
  const form = standalone ? 'option' : 'inline';
  switch (anchor.kind) {
    case 'plan':
      return translate('plans.anchor.plan', { form });
    case 'wave':
      return translate('plans.anchor.wave', { form, wave: anchor.wave });
    case 'batch':
      return translate('plans.anchor.batch', { form, batch: anchor.index + 1, pool: poolNames[anchor.poolId] ?? anchor.poolId });
    case 'addon':
      return translate('plans.anchor.addon', { form, name: anchor.name });
  }
}

/** An anchor as a select option's value, and back: the About field is a plain string. */
export const anchorKey = (anchor: CommentAnchor) => JSON.stringify(anchor);
