import type { CommentAnchor, Revision } from '../../../shared/plans-api';
import type { Wave } from '../../../shared/waves';
import { anchorKey } from './plan-words';

export interface CommentSubject {
  key: string;
  anchor: CommentAnchor;
}

/** Everything of a revision a comment may be about: the plan, each wave, each batch, each add-on patch (worded where shown). */
export function commentSubjects(revision: Revision, waves: readonly Wave[]): CommentSubject[] {
  const anchors: CommentAnchor[] = [
    { kind: 'plan' },
    ...waves.map((wave): CommentAnchor => ({ kind: 'wave', wave: wave.number })),
    ...Object.entries(revision.plan.nodeOrder).flatMap(([poolId, batches]) => batches.map((_, index): CommentAnchor => ({ kind: 'batch', poolId, index }))),
    ...revision.plan.addons.map((addon): CommentAnchor => ({ kind: 'addon', name: addon.addonTemplateName })),
  ];
  return anchors.map((anchor) => ({ key: anchorKey(anchor), anchor }));
}
