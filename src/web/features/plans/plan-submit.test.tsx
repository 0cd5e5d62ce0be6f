import type { UserEvent } from '@testing-library/user-event';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER } from '../../../shared/bff-api';
import { BffCode } from '../../../shared/bff-errors';
import { upgradeResponse } from '../../testing/fixtures';
import { bffError } from '../../testing/handlers';
import { planIds, revision2 } from '../../testing/plan-fixtures';
import { renderPlanPage, serveCatalogue } from '../../testing/plans';
import { server } from '../../testing/server';

/** Submit holds back until the revision's add-ons are checked against today's templates, as a person would see them listed. */
async function submitOnceAddonsChecked(user: UserEvent) {
  await screen.findByRole('list', { name: 'Add-ons and what the upgrade does with them' });
  await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
}

const drift = [
  // The BFF's English is for API clients: the page words each change from its data.
  { kind: 'node-added', change: { kind: 'node-added', node: 'pay-api-5', pool: 'pay-api' }, message: 'BFF English: node added' },
  { kind: 'addon-changed', change: { kind: 'addon-moved', name: 'coredns', before: '1.28.4', after: '1.28.6' }, message: 'BFF English: add-on moved' },
] as const;

/** Records each submit's body and key; answers with `answers` in turn, then with success. */
function recordSubmits(...answers: (() => Response)[]) {
  const sent: { body: unknown; key: string | null }[] = [];
  server.use(
    http.post(`*/api/clusters/${planIds.cluster}/upgrade`, async ({ request }) => {
      sent.push({ body: await request.json(), key: request.headers.get(IDEMPOTENCY_HEADER) });
      return answers[sent.length - 1]?.() ?? HttpResponse.json(upgradeResponse);
    }),
  );
  return sent;
}

describe('drift check and submit', () => {
  // The plan's cluster is readable, so its add-ons are checked (and found to block nothing) before Submit is sent.
  beforeEach(() => serveCatalogue());

  it('checks the cluster now and says it is unchanged, with the focus on the answer', async () => {
    const { user } = renderPlanPage();
    await user.click(await screen.findByRole('button', { name: 'Check the cluster now' }));
    const heading = await screen.findByRole('heading', { name: 'The cluster is unchanged since this revision was saved' });
    expect(heading).toHaveFocus();
  });

  it('lists what drifted in words', async () => {
    server.use(http.post(`*/api/plans/${planIds.plan}/revisions/2/drift`, () => HttpResponse.json({ checkedAt: '2026-03-03T12:00:00Z', snapshotSha256: 'ff'.repeat(32), drift })));
    const { user } = renderPlanPage();
    await user.click(await screen.findByRole('button', { name: 'Check the cluster now' }));
    expect(await screen.findByRole('heading', { name: 'The cluster changed since this revision was saved' })).toHaveFocus();
    const items = within(screen.getByRole('list', { name: 'What changed in the cluster' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Node pay-api-5 was added to pool pay-api', 'Add-on coredns 1.28.4 → 1.28.6']);
  });

  it('submits the revision’s exact text with the plan it comes from, after a confirmation, and opens the task', async () => {
    const sent = recordSubmits();
    const { user, onSubmitted } = renderPlanPage();
    await submitOnceAddonsChecked(user);
    const dialog = await screen.findByRole('dialog', { name: 'Start the upgrade of prod-payments?' });
    expect(dialog).toHaveTextContent('v1.28 → v1.29');
    expect(dialog).toHaveTextContent('1 approval');
    await user.click(within(dialog).getByRole('button', { name: 'Start the upgrade' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(planIds.cluster, upgradeResponse.metadata.uid));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({
      request: revision2.request,
      acceptedRisks: revision2.acceptedRisks,
      preCheckTaskId: planIds.preCheck,
      plan: { id: planIds.plan, revision: 2 },
    });
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the drift the BFF found at submit and offers to plan again from this revision', async () => {
    recordSubmits(() => bffError({ status: 409, code: BffCode.PLAN_DRIFTED, message: 'The cluster changed since the plan was reviewed.', drift: [...drift] }));
    const { user, onSubmitted } = renderPlanPage();
    await submitOnceAddonsChecked(user);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Start the upgrade' }));
    const heading = await screen.findByRole('heading', { name: 'The cluster changed since this plan was reviewed' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('list', { name: 'What changed in the cluster' })).toHaveTextContent('Node pay-api-5 was added to pool pay-api');
    expect(screen.getByRole('link', { name: 'Re-plan from here' })).toHaveAttribute('href', `/plans/${planIds.plan}/revisions/2/edit`);
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('sends a retry after a lost answer under the same key', async () => {
    const sent = recordSubmits(() => HttpResponse.error());
    const { user, onSubmitted } = renderPlanPage();
    await submitOnceAddonsChecked(user);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Start the upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The planner’s server could not be reached');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });
});
