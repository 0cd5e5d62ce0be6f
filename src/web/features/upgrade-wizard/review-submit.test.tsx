import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../../shared/plan';
import { loadSubmittedPlan } from '../../lib/submitted-plans';
import { ids, upgradeResponse } from '../../testing/fixtures';
import { bffError, cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { nextUntil, renderWizard, walkToStrategy } from './wizard-test-utils';

const expected = serializeUpgradeRequest(
  toUpgradeRequest({ ...emptyPlan(ids.prod), targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' }),
);

async function walkToReview(user: UserEvent) {
  await walkToStrategy(user, 'v1.30');
  const input = screen.getByRole('spinbutton', { name: 'Node step size' });
  await user.clear(input);
  await user.type(input, '7');
  await user.click(screen.getByRole('radio', { name: 'NodePool' }));
  await nextUntil(user, 'Review and submit');
}

/** Records every upgrade POST exactly as it arrived. */
function recordPosts() {
  const posts: { body: string; contentType: string | null }[] = [];
  server.use(
    http.post(cceRoute('upgradeCluster'), async ({ request }) => {
      posts.push({ body: await request.text(), contentType: request.headers.get('content-type') });
      return HttpResponse.json(upgradeResponse);
    }),
  );
  return posts;
}

describe('review and submit', () => {
  it('shows the exact request body and a summary of the choices', async () => {
    const { user } = renderWizard();
    await walkToReview(user);
    const json = screen.getByRole('region', { name: 'Upgrade request JSON' });
    expect(json.textContent).toBe(expected);
    expect(json).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('v1.28 → v1.30')).toBeInTheDocument();
  });

  it('copies that text to the clipboard and confirms it', async () => {
    const { user } = renderWizard();
    await walkToReview(user);
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await navigator.clipboard.readText()).toBe(expected);
    expect(await screen.findByText('Request JSON copied to the clipboard.')).toBeInTheDocument();
  });

  it('posts exactly that text once, even on a double click, and reports the task', async () => {
    const posts = recordPosts();
    const { user, onSubmitted } = renderWizard();
    await walkToReview(user);
    await user.dblClick(screen.getByRole('button', { name: 'Submit upgrade' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(ids.prod, ids.task));
    expect(posts).toEqual([{ body: expected, contentType: 'application/json' }]);
    expect(sessionStorage.length).toBe(0);
    // The draft is gone, but the task view still predicts waves from exactly what was sent.
    expect(loadSubmittedPlan(ids.task, ids.prod)?.body).toBe(expected);
  });

  it('posts once when the form is submitted twice before the first answer', async () => {
    const posts = recordPosts();
    const { user, onSubmitted } = renderWizard();
    await walkToReview(user);
    const form = screen.getByRole('form', { name: 'Review and submit' });
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(posts).toHaveLength(1);
  });

  it('lists every issue of a 400 and lets the user submit again', async () => {
    server.use(
      http.post(cceRoute('upgradeCluster'), () =>
        bffError({
          status: 400,
          code: 'CCE.01400001',
          message: 'Invalid request.',
          requestId: 'req-42',
          issues: [
            { path: 'spec.clusterUpgradeAction.targetVersion', message: 'version not supported' },
            { path: 'spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep', message: 'must be at most 10' },
          ],
        }),
      ),
    );
    const { user, onSubmitted } = renderWizard();
    await walkToReview(user);
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request was rejected as invalid');
    const issues = within(alert).getByRole('list', { name: 'Problems reported' });
    expect(within(issues).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'spec.clusterUpgradeAction.targetVersion: version not supported',
      'spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep: must be at most 10',
    ]);
    expect(alert).toHaveTextContent('Request id: req-42');
    expect(onSubmitted).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Submit upgrade' })).toBeEnabled();
  });

  it('tells the user to wait when the cluster is busy', async () => {
    server.use(http.post(cceRoute('upgradeCluster'), () => bffError({ status: 409, code: 'CCE.01409001', message: 'cluster is upgrading' })));
    const { user } = renderWizard();
    await walkToReview(user);
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The cluster is busy');
    expect(alert).toHaveTextContent(/wait a minute and retry/i);
  });
});
