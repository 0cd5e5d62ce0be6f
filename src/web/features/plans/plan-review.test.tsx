import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../../shared/plans-api';
import { planDetail, planIds, revision2, viewerPlanDetail } from '../../testing/plan-fixtures';
import { renderPlanPage, servePlanDetail } from '../../testing/plans';
import { server } from '../../testing/server';

const ana = { subject: 'ana', name: 'Ana Lopez' };

/** Records review bodies, and answers the plan with the review added, as the BFF would after it. */
function recordReviews() {
  const bodies: unknown[] = [];
  let detail: PlanDetail = { ...planDetail, state: 'in-review', reviews: [] };
  servePlanDetail(() => detail);
  server.use(
    http.post(`*/api/plans/${planIds.plan}/revisions/2/reviews`, async ({ request }) => {
      const body = (await request.json()) as { verdict: 'approve' | 'request-changes'; reason?: string };
      bodies.push(body);
      const review = { revision: 2, reviewer: ana, verdict: body.verdict, reason: body.reason ?? null, at: '2026-03-03T12:00:00Z', bodySha256: revision2.bodySha256, snapshotSha256: revision2.snapshotSha256 };
      detail = { ...detail, reviews: [...detail.reviews, review] };
      return HttpResponse.json(review, { status: 201 });
    }),
  );
  return bodies;
}

describe('plan reviews', () => {
  it('lists who reviewed which revision and counts approvals against what the planner requires', async () => {
    renderPlanPage();
    const reviews = await screen.findByRole('list', { name: 'Reviews' });
    expect(within(reviews).getAllByRole('listitem')[0]).toHaveTextContent('Mei Chen requested changes on revision 1');
    expect(within(reviews).getAllByRole('listitem')[0]).toHaveTextContent('“Two nodes per wave is too slow for the maintenance window.”');
    expect(within(reviews).getAllByRole('listitem')[1]).toHaveTextContent('Mei Chen approved revision 2');
    expect(screen.getByText('Revision 2: 1 of 1 approval')).toBeInTheDocument();
  });

  it('approves the latest revision and shows the plan as the BFF now has it', async () => {
    const bodies = recordReviews();
    const { user } = renderPlanPage();
    expect(await screen.findByText('Revision 2: 0 of 1 approval')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('You approved revision 2.');
    expect(done).toHaveFocus();
    expect(bodies).toEqual([{ verdict: 'approve' }]);
    // The list appears once the plan is read again with the new review in it.
    expect(await screen.findByRole('list', { name: 'Reviews' })).toHaveTextContent('Ana Lopez approved revision 2');
    expect(screen.getByText('Revision 2: 1 of 1 approval')).toBeInTheDocument();
  });

  it('asks for a reason of at least 10 characters before requesting changes', async () => {
    const bodies = recordReviews();
    const { user } = renderPlanPage();
    const reason = await screen.findByRole('textbox', { name: 'Reason' });
    await user.type(reason, 'too big');
    await user.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByText('Say in at least 10 characters what should change.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);

    await user.type(reason, ': canary pay-gpu first');
    await user.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You requested changes on revision 2.');
    expect(bodies).toEqual([{ verdict: 'request-changes', reason: 'too big: canary pay-gpu first' }]);
    expect(await screen.findByText('“too big: canary pay-gpu first”')).toBeInTheDocument();
    expect(reason).toHaveValue('');
  });

  it('shows a viewer why they cannot review or submit, and no buttons for it', async () => {
    servePlanDetail(viewerPlanDetail);
    renderPlanPage();
    const notes = await screen.findByRole('list', { name: 'Why you cannot review' });
    expect(notes).toHaveTextContent('You are a viewer: you may read and comment');
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit upgrade' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit as a new revision' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add comment' })).toBeInTheDocument();
  });

  it('tells a reviewer why Submit is not offered yet', async () => {
    servePlanDetail({ ...planDetail, state: 'in-review', reviews: [], you: { mayReview: true, maySubmit: false, mayRevise: true, notes: [{ code: 'needs-approvals', message: 'It needs 1 more approval before it can be submitted.', approvals: 1 }] } });
    renderPlanPage();
    expect(await screen.findByRole('list', { name: 'Why you cannot submit' })).toHaveTextContent('It needs 1 more approval before it can be submitted.');
    expect(screen.getByRole('button', { name: 'Approve' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit upgrade' })).not.toBeInTheDocument();
  });

  it('says plainly when the planner requires no approvals', async () => {
    servePlanDetail({ ...planDetail, approvalsRequired: 0, reviews: [] });
    renderPlanPage();
    expect(await screen.findByText('This planner requires no approvals: nobody else has reviewed this plan.')).toBeInTheDocument();
  });
});
