import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mei, planIds } from '../../testing/plan-fixtures';
import { renderPlanPage } from '../../testing/plans';
import { server } from '../../testing/server';

function recordComments() {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*/api/plans/${planIds.plan}/revisions/2/comments`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return HttpResponse.json({ id: 'c3', revision: 2, author: mei, at: '2026-03-03T12:00:00Z', ...body }, { status: 201 });
    }),
  );
  return bodies;
}

describe('plan comments', () => {
  it('lists comments with what they are about, marking those on earlier revisions', async () => {
    renderPlanPage();
    const items = within(await screen.findByRole('list', { name: 'Comments' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Mei Chen');
    expect(items[0]).toHaveTextContent('on revision 1 · about wave 1');
    expect(items[0]).toHaveTextContent('Is pay-api-1 really the canary?');
    expect(items[1]).toHaveTextContent('about the plan');
    expect(items[1]).not.toHaveTextContent('on revision');
  });

  it('shows an earlier revision only the comments written up to it', async () => {
    renderPlanPage(1);
    const items = within(await screen.findByRole('list', { name: 'Comments' })).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Is pay-api-1 really the canary?');
    expect(items[0]).not.toHaveTextContent('on revision');
  });

  it('comments on a wave from its row: the subject is chosen and the text has the focus', async () => {
    const bodies = recordComments();
    const { user } = renderPlanPage();
    await user.click(await screen.findByRole('button', { name: 'Comment on wave 1' }));
    const text = screen.getByRole('textbox', { name: 'Comment' });
    expect(text).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'About' })).toHaveDisplayValue('Wave 1');
    await user.type(text, 'Watch the payment latency here.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Your comment was added.');
    expect(done).toHaveFocus();
    expect(bodies).toEqual([{ anchor: { kind: 'wave', wave: 1 }, text: 'Watch the payment latency here.' }]);
    expect(text).toHaveValue('');
  });

  it('comments on a batch or an add-on chosen in the About list, and refuses an empty comment', async () => {
    const bodies = recordComments();
    const { user } = renderPlanPage();
    await user.click(await screen.findByRole('button', { name: 'Add comment' }));
    expect(await screen.findByText('Write a comment.')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'About' }), 'Batch 1 of pool pay-api');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Only two canaries?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await screen.findByRole('status');
    expect(bodies).toEqual([{ anchor: { kind: 'batch', poolId: planIds.apiPool, index: 0 }, text: 'Only two canaries?' }]);

    await user.click(screen.getByRole('button', { name: 'Comment on add-on coredns' }));
    expect(screen.getByRole('combobox', { name: 'About' })).toHaveDisplayValue('Add-on coredns');
  });
});
