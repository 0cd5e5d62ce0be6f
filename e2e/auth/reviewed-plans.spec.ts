import { AUTH_SIMULATOR_PORT } from './servers';
import { expect, expectAccessible, SimulatorControl } from '../fixtures';
import { planUpgrade } from '../review-page';
import { cspViolations, test } from './journeys';
import { approve, canonicalSha256, changeStepSize, expectTaskPage, planIdOf, revisionText, saveForReview, submitApproved } from './plan-page';

const simulator = new SimulatorControl(`http://127.0.0.1:${AUTH_SIMULATOR_PORT}/__sim`);
const PROD_PAYMENTS = '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31';
const SLOW = { timeout: 30_000 };

// Three people, three browsers and two pre-checks each on a busy 2-core machine: longer than one person's journey.
test.describe.configure({ timeout: 240_000 });

// Each journey submits its own step size: the BFF answers the same upgrade of the same cluster twice with the first
// answer (a replay, nothing sent), and every journey of this suite shares one BFF and its memory of submits.

test('an operator saves and revises a plan; a second operator reads what changed, comments and approves; a viewer may only comment; the first operator submits exactly the approved text', async ({ signIn }) => {
  await simulator.reset();
  const a = await signIn('operator');
  await planUpgrade(a, 'prod-payments', 'v1.29');
  const first = await saveForReview(a, 1);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(/^prod-payments: v1\.\d+ → v1\.29$/);
  await expect(a.getByRole('region', { name: 'What this revision does' })).toContainText('up to 20 nodes per wave');
  // Nobody approves their own plan.
  await expect(a.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(a.getByRole('list', { name: 'Why you cannot review' })).toBeVisible();

  await a.getByRole('link', { name: 'Edit as a new revision' }).click();
  // The edit address opens the revision at its review step, which names itself in the address.
  await expect(a).toHaveURL(`${first}/edit/review`);
  await expect(a.getByRole('note', { name: 'Revising a saved plan' })).toContainText('revision 1: saving makes revision 2');
  await changeStepSize(a, 10);
  const link = await saveForReview(a, 2);
  expect(planIdOf(link)).toBe(planIdOf(first));

  // The second operator follows the shared link in a browser of their own.
  const b = await signIn('reviewer');
  await b.goto(link);
  await expect(b.getByRole('heading', { level: 1 })).toHaveText(/^prod-payments: v1\.\d+ → v1\.29$/, SLOW);
  const changes = b.getByRole('region', { name: 'What changed since revision 1' });
  await expect(changes.getByRole('list', { name: 'Changes' })).toContainText('Step 20 → 10', SLOW);
  const jsonDiff = changes.getByRole('region', { name: 'Request JSON changes from revision 1 to 2' });
  await expect(jsonDiff.getByRole('deletion').filter({ hasText: '"userDefinedStep": 20' })).toHaveCount(1);
  await expect(jsonDiff.getByRole('insertion').filter({ hasText: '"userDefinedStep": 10' })).toHaveCount(1);
  await expectAccessible(b, 'plan page, revision 2, as a reviewer');

  await b.getByRole('region', { name: 'Waves' }).getByRole('button', { name: 'Comment on wave 1', exact: true }).click();
  const comments = b.getByRole('region', { name: 'Comments' });
  await expect(comments.getByRole('combobox', { name: 'About' })).toHaveValue(JSON.stringify({ kind: 'wave', wave: 1 }));
  await expect(comments.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  await comments.getByRole('textbox', { name: 'Comment' }).fill('Wave 1 is a single node: watch the payment pods reschedule before wave 2.');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(comments.getByRole('status')).toHaveText('Your comment was added.', SLOW);
  await expect(comments.getByRole('list', { name: 'Comments' })).toContainText('Rita Reviewer');
  await approve(b, 2);

  // A viewer reads the approved plan and may comment, but neither approve nor submit.
  const viewer = await signIn('viewer');
  await viewer.goto(link);
  const viewerComments = viewer.getByRole('region', { name: 'Comments' });
  await expect(viewerComments.getByRole('list', { name: 'Comments' })).toContainText('about wave 1', SLOW);
  await expect(viewer.getByRole('region', { name: 'Reviews' })).toContainText('Rita Reviewer approved revision 2');
  await viewerComments.getByRole('textbox', { name: 'Comment' }).fill('Read by the on-call viewer: the payment dashboards are ready.');
  await viewerComments.getByRole('button', { name: 'Add comment' }).click();
  await expect(viewerComments.getByRole('status')).toHaveText('Your comment was added.', SLOW);
  await expect(viewerComments.getByRole('list', { name: 'Comments' })).toContainText('Victor Viewer');
  await expect(viewer.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Submit upgrade' })).toHaveCount(0);
  await expect(viewer.getByRole('link', { name: 'Edit as a new revision' })).toHaveCount(0);

  // Back with the first operator: the approval and the comment are there, and Submit sends the approved text.
  await a.reload();
  await expect(a.getByRole('region', { name: 'Reviews' })).toContainText('Rita Reviewer approved revision 2', SLOW);
  await expect(a.getByRole('region', { name: 'Comments' }).getByRole('list', { name: 'Comments' })).toContainText(
    'Wave 1 is a single node: watch the payment pods reschedule before wave 2.',
  );
  const approved = await revisionText(a, link, 2);
  const facts = a.getByRole('region', { name: 'What this revision does' });
  await facts.getByText(`${approved.bodySha256.slice(0, 12)}…`, { exact: true }).click();
  await expect(facts.getByText(approved.bodySha256, { exact: true })).toBeVisible();
  await expect(a.getByRole('region', { name: 'Request JSON of revision 2' })).toHaveText(approved.request);

  await a.goto('/plans');
  await expect(a.getByRole('heading', { level: 1, name: 'Upgrade plans' })).toBeVisible();
  await expect(a.getByRole('list', { name: 'prod-payments' })).toContainText('By Olga Operator · revision 2 · 1 approval', SLOW);
  await expectAccessible(a, 'plans list');
  await a.goto(link);
  await submitApproved(a, 'prod-payments');
  await expectTaskPage(a);

  const received = await simulator.received('upgradeCluster');
  expect(received).toHaveLength(1);
  expect(received[0]!.url).toContain(`/clusters/${PROD_PAYMENTS}/operation/upgrade`);
  expect(received[0]!.body).toBe(approved.request);
  expect(canonicalSha256(received[0]!.body)).toBe(approved.bodySha256);
  for (const page of [a, b, viewer]) expect(await cspViolations(page)).toEqual([]);
});

test('a plan approved before the cluster changed is refused in words; re-planned from there and approved again, it is submitted', async ({ signIn }) => {
  await simulator.reset();
  const a = await signIn('operator');
  await planUpgrade(a, 'prod-payments', 'v1.29');
  await changeStepSize(a, 12);
  const first = await saveForReview(a, 1);

  const b = await signIn('reviewer');
  await b.goto(first);
  await approve(b, 1);

  const node = await simulator.addNode(PROD_PAYMENTS, 'general-x86');
  await a.reload();
  await submitApproved(a, 'prod-payments');
  const submit = a.getByRole('region', { name: 'Submit' });
  await expect(submit.getByRole('heading', { name: 'The cluster changed since this plan was reviewed' })).toBeFocused(SLOW);
  await expect(submit.getByRole('list', { name: 'What changed in the cluster' })).toContainText(`Node ${node.name} was added to pool general-x86`);
  await expect(submit).toContainText('Nothing was sent.');
  expect(await simulator.received('upgradeCluster')).toEqual([]);

  await submit.getByRole('link', { name: 'Re-plan from here' }).click();
  await expect(a).toHaveURL(`${first}/edit/review`);
  await expect(a.getByRole('note', { name: 'Revising a saved plan' })).toContainText('revision 1: saving makes revision 2');
  await expect(a.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible(SLOW);
  const second = await saveForReview(a, 2);
  const changes = a.getByRole('region', { name: 'What changed since revision 1' }).getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('The cluster changed between the two revisions', SLOW);
  await expect(changes).toContainText(`Node ${node.name} was added to pool general-x86`);

  await b.goto(second);
  await expect(b.getByRole('region', { name: 'Reviews' })).toContainText('Rita Reviewer approved revision 1', SLOW);
  await approve(b, 2);

  await a.reload();
  const approved = await revisionText(a, second, 2);
  await submitApproved(a, 'prod-payments');
  await expectTaskPage(a);
  const received = await simulator.received('upgradeCluster');
  expect(received.map((request) => request.body)).toEqual([approved.request]);
  expect(canonicalSha256(received[0]!.body)).toBe(approved.bodySha256);
});
