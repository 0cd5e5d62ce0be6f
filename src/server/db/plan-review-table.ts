import type { Transaction } from 'kysely';
import type { Actor, Comment, CommentAnchor, Review } from '../../shared/plans-api';
import type { Db } from './database';
import type { Tables } from './tables';

export interface NewReview {
  planId: string;
  revision: number;
  reviewer: Actor;
  verdict: Review['verdict'];
  reason: string | null;
  at: Date;
}

export type ReviewCheck = (plan: { latest: number; submitted: boolean; author: string; bodySha256: string; snapshotSha256: string }) => void;

/** Reviews and comments of plan revisions: append-only. */
export function planReviewTable(db: Db) {
  return {
    /**
     * Records a verdict bound to the revision's hashes, under the plan's row lock so it cannot land beside a new revision
     * or a submit; `check` throws to refuse it (a stale revision, the author reviewing their own); `record` writes its
     * audit entry in the same transaction, so no verdict counts that the audit trail lacks.
     */
    async review(review: NewReview, check: ReviewCheck, record: (trx: Transaction<Tables>, review: Review) => Promise<void>): Promise<Review> {
      return db.transaction().execute(async (trx) => {
        const plan = await trx.selectFrom('plan').select(['latest_revision', 'submitted']).where('id', '=', review.planId).forUpdate().executeTakeFirstOrThrow();
        const revision = await trx
          .selectFrom('plan_revision')
          .select(['author_subject', 'body_sha256', 'snapshot_sha256'])
          .where('plan_id', '=', review.planId)
          .where('revision', '=', review.revision)
          .executeTakeFirstOrThrow();
        check({ latest: plan.latest_revision, submitted: plan.submitted !== null, author: revision.author_subject, bodySha256: revision.body_sha256, snapshotSha256: revision.snapshot_sha256 });
        await trx
          .insertInto('plan_review')
          .values({
            plan_id: review.planId,
            revision: review.revision,
            reviewer_subject: review.reviewer.subject,
            reviewer_name: review.reviewer.name,
            verdict: review.verdict,
            reason: review.reason,
            body_sha256: revision.body_sha256,
            snapshot_sha256: revision.snapshot_sha256,
            at: review.at,
          })
          .execute();
        const stored: Review = { revision: review.revision, reviewer: review.reviewer, verdict: review.verdict, reason: review.reason, at: review.at.toISOString(), bodySha256: revision.body_sha256, snapshotSha256: revision.snapshot_sha256 };
        await record(trx, stored);
        return stored;
      });
    },

    async reviews(planId: string): Promise<Review[]> {
      const rows = await db.selectFrom('plan_review').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
      return rows.map((row) => ({
        revision: row.revision,
        reviewer: { subject: row.reviewer_subject, name: row.reviewer_name },
        verdict: row.verdict,
        reason: row.reason,
        at: row.at.toISOString(),
        bodySha256: row.body_sha256,
        snapshotSha256: row.snapshot_sha256,
      }));
    },

    /** Latest verdicts on the latest revision of each of these plans, for lists. */
    latestReviews: (planIds: string[]) =>
      planIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('plan_review')
            .innerJoin('plan', (join) => join.onRef('plan.id', '=', 'plan_review.plan_id').onRef('plan.latest_revision', '=', 'plan_review.revision'))
            .select(['plan_review.plan_id', 'plan_review.revision', 'plan_review.reviewer_subject', 'plan_review.verdict', 'plan_review.body_sha256', 'plan_review.snapshot_sha256'])
            .where('plan_review.plan_id', 'in', planIds)
            .orderBy('plan_review.seq')
            .execute(),

    async comment(comment: Omit<Comment, 'at'> & { planId: string; at: Date }): Promise<Comment> {
      await db
        .insertInto('plan_comment')
        .values({
          id: comment.id,
          plan_id: comment.planId,
          revision: comment.revision,
          anchor: JSON.stringify(comment.anchor),
          author_subject: comment.author.subject,
          author_name: comment.author.name,
          text: comment.text,
          at: comment.at,
        })
        .execute();
      return { id: comment.id, revision: comment.revision, anchor: comment.anchor, author: comment.author, text: comment.text, at: comment.at.toISOString() };
    },

    async comments(planId: string): Promise<Comment[]> {
      const rows = await db.selectFrom('plan_comment').selectAll().where('plan_id', '=', planId).orderBy('at').orderBy('id').execute();
      return rows.map((row) => ({
        id: row.id,
        revision: row.revision,
        anchor: JSON.parse(row.anchor) as CommentAnchor,
        author: { subject: row.author_subject, name: row.author_name },
        text: row.text,
        at: row.at.toISOString(),
      }));
    },
  };
}

export type PlanReviewStore = ReturnType<typeof planReviewTable>;
