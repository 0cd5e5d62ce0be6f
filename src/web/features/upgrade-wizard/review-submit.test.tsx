import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../../../shared/bff-api';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../../shared/plan';
import { formatLocalTime } from '../../lib/format-time';
import { loadSubmittedPlan } from '../../lib/submitted-plans';
import { ids, preCheckId, upgradeResponse, upgradeTask, upgradeTaskList } from '../../testing/fixtures';
import { bffError, cceRoute, outcomeUnknownPlan } from '../../testing/handlers';
import { server } from '../../testing/server';
import { confirmSubmit, fastTiming, findRunButton, nextUntil, passPreCheck, renderWizard, renderWizardAt, walkToStrategy } from '../../testing/upgrade-wizard';
import { DRAFT_KEY } from './draft-storage';

const plan = { ...emptyPlan(ids.prod), targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' as const };
const unchecked = serializeUpgradeRequest(toUpgradeRequest(plan));
const expected = serializeUpgradeRequest(toUpgradeRequest({ ...plan, isOnlyUpgrade: true }));
const SUBMIT_ROUTE = '*/api/clusters/:cluster_id/upgrade';

async function walkToReview(user: UserEvent) {
  await walkToStrategy(user, 'v1.30');
  const input = screen.getByRole('spinbutton', { name: 'Node step size' });
  await user.clear(input);
  await user.type(input, '7');
  await user.click(screen.getByRole('radio', { name: 'Within each node pool (NodePool)' }));
  await nextUntil(user, 'Review and submit');
}

/** Opens the review step from a stored draft of the same plan, as after a reload, and passes the check. */
async function openCheckedReview(timing = fastTiming) {
  const view = renderWizardAt('review', { targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' }, timing);
  await passPreCheck(view.user);
  return view;
}

interface Post {
  key: string | null;
  body: { request: string; acceptedRisks: unknown[]; preCheckTaskId?: string; sendAgain?: { reason: string } };
}

/** Records every submit exactly as it arrived, answering with `answer` (CCE's upgrade response by default). */
function recordSubmits(answer: (index: number) => Response = () => HttpResponse.json(upgradeResponse)) {
  const posts: Post[] = [];
  server.use(
    http.post(SUBMIT_ROUTE, async ({ request }) => {
      posts.push({ key: request.headers.get(IDEMPOTENCY_HEADER), body: (await request.json()) as Post['body'] });
      return answer(posts.length - 1);
    }),
  );
  return posts;
}

const requestJson = () => screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent;

describe('review and submit', () => {
  // The one journey through every step.
  it('shows the exact request body and a summary of the choices', async () => {
    const { user } = renderWizard();
    await walkToReview(user);
    const json = screen.getByRole('region', { name: 'Upgrade request JSON' });
    expect(json.textContent).toBe(unchecked);
    expect(json).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('v1.28 → v1.30')).toBeInTheDocument();
    // The scope in words, with the value the JSON below shows.
    expect(screen.getByText('Within each node pool (NodePool)')).toBeInTheDocument();
  });

  it('copies that text to the clipboard and confirms it', async () => {
    const { user } = renderWizardAt('review', { targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' });
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await navigator.clipboard.readText()).toBe(unchecked);
    expect(await screen.findByText('Request JSON copied to the clipboard.')).toBeInTheDocument();
  });

  it('refuses to submit before the pre-upgrade check has passed, saying why', async () => {
    const posts = recordSubmits();
    const { user } = renderWizardAt('review', { targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' });
    await findRunButton();
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan cannot be submitted yet');
    expect(alert).toHaveTextContent('The pre-upgrade check has not run for this plan. Run it on this page before submitting.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posts).toEqual([]);
  });

  it('asks for the cluster name in a dialog that summarises the upgrade, and Escape backs out', async () => {
    const posts = recordSubmits();
    const { user } = await openCheckedReview();
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start the upgrade of prod-a?' });
    expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
    const input = within(dialog).getByRole('textbox', { name: 'Type the cluster name to confirm' });
    expect(input).toHaveFocus();
    const facts = within(dialog).getAllByRole('definition').map((fact) => fact.textContent);
    expect(facts).toEqual(['prod-a', 'v1.28 → v1.30', expect.stringMatching(/^\d+ waves, 10 nodes \(predicted\)$/), 'None', 'None']);
    const confirm = within(dialog).getByRole('button', { name: 'Confirm upgrade' });
    expect(confirm).toBeDisabled();
    await user.type(input, 'prod-');
    expect(confirm).toBeDisabled();
    await user.type(input, 'a');
    expect(confirm).toBeEnabled();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts).toEqual([]);
  });

  it('posts the previewed text once with the draft’s key, even on a double click, and reports the task', async () => {
    const posts = recordSubmits();
    const { user, onSubmitted } = await openCheckedReview();
    expect(requestJson()).toBe(expected);
    const key = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}').safeSubmit.idempotencyKey;
    const dialog = await confirmSubmit(user);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(ids.prod, ids.task, undefined));
    expect(posts).toEqual([{ key, body: { request: expected, acceptedRisks: [], preCheckTaskId: preCheckId } }]);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sessionStorage.length).toBe(0);
    // The draft is gone, but the task view still predicts waves from exactly what was sent.
    expect(loadSubmittedPlan(ids.task, ids.prod)?.body).toBe(expected);
  });

  it('posts once when the confirmation is submitted twice before the first answer', async () => {
    const posts = recordSubmits();
    const { user, onSubmitted } = await openCheckedReview();
    const dialog = await confirmSubmit(user);
    const form = within(dialog).getByRole('button', { name: 'Confirm upgrade' }).closest('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(posts).toHaveLength(1);
  });

  it('goes to the task with a note when the BFF replays an earlier submit of the same plan', async () => {
    recordSubmits(() => HttpResponse.json(upgradeResponse, { headers: { [REPLAYED_HEADER]: 'true' } }));
    const { user, onSubmitted } = await openCheckedReview();
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    await waitFor(() =>
      expect(onSubmitted).toHaveBeenCalledWith(ids.prod, ids.task, 'replayed'),
    );
  });

  it('lists every issue of a 400, keeps the plan and sends a retry with the same key', async () => {
    const posts = recordSubmits((index) =>
      index === 0
        ? bffError({
            status: 400,
            code: 'CCE.01400001',
            message: 'Invalid request.',
            requestId: 'req-42',
            issues: [
              { path: 'spec.clusterUpgradeAction.targetVersion', message: 'version not supported' },
              { path: 'spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep', message: 'must be at most 10' },
            ],
          })
        : HttpResponse.json(upgradeResponse),
    );
    const { user, onSubmitted } = await openCheckedReview();
    let dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request was rejected as invalid');
    const issues = within(alert).getByRole('list', { name: 'Problems reported' });
    expect(within(issues).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'spec.clusterUpgradeAction.targetVersion: version not supported',
      'spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep: must be at most 10',
    ]);
    expect(alert).toHaveTextContent('Request id: req-42');
    expect(onSubmitted).not.toHaveBeenCalled();
    expect(requestJson()).toBe(expected);

    dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(posts[1]!.key).toBe(posts[0]!.key);
  });

  it('tells the user to wait when the cluster is busy', async () => {
    recordSubmits(() => bffError({ status: 409, code: 'CCE.01409001', message: 'cluster is upgrading' }));
    const { user } = await openCheckedReview();
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The cluster is busy');
    expect(alert).toHaveTextContent(/wait a minute and retry/i);
  });
});

describe('a submit whose outcome is unknown', () => {
  const unknown = () => bffError({ status: 504, code: 'BFF.OUTCOME_UNKNOWN', message: 'CCE did not answer in time' });

  it('says CCE may have started the upgrade, finds the task it started and opens it', async () => {
    const posts = recordSubmits(unknown);
    let listings = 0;
    server.use(
      http.get(cceRoute('listUpgradeTasks'), () => {
        listings += 1;
        const started = upgradeTask('Running', '5%', {});
        started.metadata.creationTimestamp = new Date().toISOString();
        started.spec.targetVersion = 'v1.30.10-r10';
        return HttpResponse.json(upgradeTaskList(listings < 3 ? [upgradeTask('Success')] : [started]));
      }),
    );
    // A window far longer than the test, so only finding the task ends the search.
    const { user, onSubmitted } = await openCheckedReview({ ...fastTiming, reconcileWindowMs: 60_000 });
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    expect(await screen.findByText('CCE may have started the upgrade')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Submit upgrade' })).toBeDisabled();
    await waitFor(() =>
      expect(onSubmitted).toHaveBeenCalledWith(ids.prod, ids.task, 'found'),
    );
    expect(posts).toHaveLength(1);
    expect(loadSubmittedPlan(ids.task, ids.prod)?.body).toBe(expected);
  });

  /** Answers the "no task" alert's question and confirms the submit; returns the alert. */
  async function sendAgainWithReason(user: UserEvent, alert: HTMLElement, reason: string) {
    const field = within(alert).getByRole('textbox', { name: 'Why send it again?' });
    // Keyboard only: type, then Enter; a reason too short is refused in words and nothing is sent.
    await user.click(field);
    await user.keyboard('no task{Enter}');
    expect(field).toHaveAccessibleDescription('Say in at least 10 characters why the plan may be sent again (for example, what you checked in CCE).');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.clear(field);
    await user.type(field, reason);
    await user.click(within(alert).getByRole('button', { name: 'Submit again' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Type the cluster name to confirm' }), 'prod-a');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
  }

  const reason = 'CCE lists no upgrade task since the lost submit.';

  it('says when CCE has no such task and submits again only when asked, with a reason and a new key', { timeout: 30_000 }, async () => {
    const posts = recordSubmits((index) => (index === 0 ? unknown() : HttpResponse.json(upgradeResponse)));
    const { user, onSubmitted } = await openCheckedReview();
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('CCE has no upgrade task for this plan'));
    expect(alert).toHaveTextContent(/the upgrade did not start/);
    expect(posts).toHaveLength(1);

    await sendAgainWithReason(user, alert, reason);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(ids.prod, ids.task, undefined));
    expect(posts).toHaveLength(2);
    expect(posts[1]!.key).not.toBe(posts[0]!.key);
    expect(posts[1]!.body).toEqual({ ...posts[0]!.body, sendAgain: { reason } });
  });

  it('explains a plan the planner holds back (409: sent before, answer lost), looks for its task, and sends it again only with a reason', { timeout: 30_000 }, async () => {
    const sentAt = new Date(Date.now() - 60_000).toISOString();
    const posts = recordSubmits((index) => (index === 0 ? outcomeUnknownPlan(sentAt) : HttpResponse.json(upgradeResponse)));
    let listings = 0;
    server.use(
      http.get(cceRoute('listUpgradeTasks'), () => {
        listings += 1;
        return HttpResponse.json(upgradeTaskList([upgradeTask('Success')]));
      }),
    );
    const { user, onSubmitted } = await openCheckedReview();
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));

    const held = await screen.findByText('This plan was already sent, and CCE’s answer was lost');
    const explanation = held.closest('[role="alert"]') as HTMLElement;
    expect(explanation).toHaveTextContent(`already sent to CCE at ${sentAt}`);
    expect(explanation).toHaveTextContent('The planner looks for its task in the cluster’s upgrade tasks below; if CCE has none, you can send the plan again, saying why.');
    // The confirmation dialog hides the page from assistive technology until its closing transition ends.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Submit upgrade' })).toBeDisabled();

    const noTask = await screen.findByText('CCE has no upgrade task for this plan');
    expect(listings).toBeGreaterThan(0);
    const alert = noTask.closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent(`since the plan was sent at ${formatLocalTime(Date.parse(sentAt))}`);
    await sendAgainWithReason(user, alert, reason);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(ids.prod, ids.task, undefined));
    expect(posts.map((post) => post.body.sendAgain)).toEqual([undefined, { reason }]);
    expect(posts[1]!.key).not.toBe(posts[0]!.key);
  });

  it('treats a connection lost after sending the same way', async () => {
    recordSubmits(() => HttpResponse.error());
    const { user } = await openCheckedReview({ ...fastTiming, reconcileWindowMs: 60_000 });
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    expect(await screen.findByText('CCE may have started the upgrade')).toBeInTheDocument();
  });
});
