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

// One format for every time on these pages: people compare them across reviews, comments and snapshots.
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** Enough of a SHA-256 to tell two revisions apart at a glance; the full value stays one click away. */
export const shortHash = (hash: string) => hash.slice(0, 12);

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
