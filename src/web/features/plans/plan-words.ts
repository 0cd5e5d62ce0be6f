import type { CommentAnchor, PlanState } from '../../../shared/plans-api';

export const stateWords: Record<PlanState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  submitted: 'Submitted',
  superseded: 'Superseded',
};

export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

export { formatTime, shortHash } from '../../lib/format-time';

/** What a comment is about, with pool ids turned into the names the snapshot recorded. */
export function describeAnchor(anchor: CommentAnchor, poolNames: Readonly<Record<string, string>>): string {
  switch (anchor.kind) {
    case 'plan':
      return 'the plan';
    case 'wave':
      return `wave ${anchor.wave}`;
    case 'batch':
      return `batch ${anchor.index + 1} of pool ${poolNames[anchor.poolId] ?? anchor.poolId}`;
    case 'addon':
      return `add-on ${anchor.name}`;
  }
}

/** An anchor as a select option's value, and back: the About field is a plain string. */
export const anchorKey = (anchor: CommentAnchor) => JSON.stringify(anchor);
