import type { Page } from '@playwright/test';
import { demoClusters } from '../src/simulator/seed/demo-clusters';
import { expect, expectAccessible, test } from './fixtures';
import { clickNext, confirmSubmit, passPreCheck, planUpgrade } from './review-page';

const PROD = demoClusters['prod-payments'];

/** The task view the planner went to after finding, in CCE's task list, the upgrade a lost answer had started. */
async function expectReconciledToTask(page: Page) {
  await expect(page.getByText('The submit went unanswered, but CCE had started the upgrade: this is its task.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible();
}

test('an old cluster shows every hop, plans the next, and an exception blocks until the plan patches the add-ons', async ({ page, simulator }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'legacy-batch' }).check();
  await clickNext(page);
  await page.getByRole('radio', { name: /^v1\.29\b/ }).check();
  await expect(page.getByText('v1.29 takes 2 upgrades: v1.25.16 → v1.27 → v1.29')).toBeVisible();
  await expectAccessible(page, 'multi-hop version step');
  await clickNext(page);
  for (const heading of ['Rollout strategy', 'Node pool order', 'Node batches', 'Add-ons']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await clickNext(page);
  }
  const json = page.getByRole('region', { name: 'Upgrade request JSON' });
  expect(JSON.parse((await json.textContent()) ?? '').spec.clusterUpgradeAction.targetVersion).toBe('v1.27');

  // The check reports the add-ons that do not support v1.27 as exceptions: nothing can be submitted.
  await page.getByRole('button', { name: 'Run pre-upgrade check' }).click();
  await expect(page.getByRole('status', { name: 'Pre-upgrade check status' })).toHaveText(/The check finished with \d+ findings?/, { timeout: 20_000 });
  await expect(page.getByRole('list', { name: 'Add-ons findings' })).toContainText('coredns');
  await expect(page.getByText(/Exception “.+” must be fixed before upgrading/).first()).toBeVisible();
  await expectAccessible(page, 'pre-check with exceptions');
  await page.getByRole('button', { name: 'Submit upgrade' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await simulator.received('upgradeCluster')).toEqual([]);

  // Patching every flagged add-on to the proposed version resolves the exceptions once the check runs again.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
  const proposals = page.getByRole('button', { name: /^Patch to / });
  await expect(proposals.first()).toBeVisible();
  while ((await proposals.count()) > 0) await proposals.first().click();
  await clickNext(page);
  await page.getByRole('button', { name: 'Run the check again' }).click();
  await expect(page.getByText(/^Resolved by this plan: it upgrades coredns /)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('The pre-upgrade check passed')).toBeVisible();
  const checked = (await json.textContent()) ?? '';
  expect(JSON.parse(checked).spec.clusterUpgradeAction).toMatchObject({ targetVersion: 'v1.27', isOnlyUpgrade: true });
  await confirmSubmit(page, 'legacy-batch');
  expect((await simulator.received('upgradeCluster')).map((r) => r.body)).toEqual([checked]);
});

test('a failed upgrade is explained, retried once after confirmation, then post-checked', async ({ page, simulator }) => {
  // Two upgrades on the simulator's clock (one failing at wave 2, the retry to Success) and a post-check: 78 s of the
  // default 90 s on an idle machine, so any load timed it out.
  test.slow();
  await simulator.failUpgrade(PROD.id, 2, 'Draining node general-x86-0a1b2 timed out: a PodDisruptionBudget allows no eviction');
  await page.goto('/');
  await planUpgrade(page, 'prod-payments', 'v1.29');
  await passPreCheck(page);
  await confirmSubmit(page, 'prod-payments');

  await expect(page.getByText('Upgrade failed')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByText(/PodDisruptionBudget allows no eviction/).first()).toBeVisible();
  await expect(page.getByText(/The upgrade stopped in wave 2/)).toBeVisible();
  await expectAccessible(page, 'failed task');
  await page.reload();
  await expect(page.getByText('Upgrade failed')).toBeVisible();

  await page.getByRole('button', { name: 'Retry the upgrade…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retry the upgrade?' });
  await expectAccessible(page, 'retry confirmation');
  await dialog.getByRole('button', { name: 'Retry upgrade' }).dblclick();
  await expect(page.getByText('Upgrade succeeded')).toBeVisible({ timeout: 70_000 });
  await expect(page.getByText('Post-upgrade check passed')).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page, 'succeeded and post-checked');
  expect(await simulator.received('retryUpgrade')).toHaveLength(1);
  expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  expect(await simulator.received('createPostCheck')).toHaveLength(1);
});

test.describe('faults while submitting: the user is told what happened and CCE gets exactly one upgrade', () => {
  // The fixture resets the simulated fleet first: the journeys before may have upgraded prod-payments.
  test.beforeEach(async ({ page, simulator: _freshFleet }) => {
    await page.goto('/');
    await planUpgrade(page, 'prod-payments', 'v1.29');
    await passPreCheck(page);
  });

  test('a 500 from CCE: outcome unknown, the task list shows none, and nothing is re-sent', async ({ page, simulator }) => {
    await simulator.fault('upgradeCluster', { status: 500, times: 1 });
    await confirmSubmitExpectingNoTask(page);
    await expect(page.getByText('CCE may have started the upgrade')).toBeVisible();
    await expect(page.getByText('CCE has no upgrade task for this plan')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('button', { name: 'Submit again' })).toBeVisible();
    await expectAccessible(page, 'no task after a lost submit');
    expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  });

  test('CCE accepts but answers after the BFF gave up: the planner finds the task instead of re-sending', async ({ page, simulator }) => {
    await simulator.fault('upgradeCluster', { after: true, delayMs: 8_000, times: 1 });
    await confirmSubmitExpectingNoTask(page);
    await expectReconciledToTask(page);
    expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  });

  test('CCE accepts but its answer is malformed: the planner finds the task', async ({ page, simulator }) => {
    await simulator.fault('upgradeCluster', { after: true, malformed: true, times: 1 });
    await confirmSubmitExpectingNoTask(page);
    await expectReconciledToTask(page);
    expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  });

  test('a signature rejected for clock skew says to fix the clock; after that one submit gets through', async ({ page, simulator }) => {
    await simulator.skewClock(20 * 60_000);
    await confirmSubmitExpectingNoTask(page);
    await expect(page.getByText(/clock/i).first()).toBeVisible();
    await expect(page.getByText(/NTP/).first()).toBeVisible();
    await expectAccessible(page, 'clock skew error');
    await simulator.skewClock(0);
    await confirmSubmit(page, 'prod-payments');
    expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  });

  test('the same plan submitted from a second tab lands on the first tab’s task', async ({ page, context, simulator }) => {
    const draft = await page.evaluate(() => sessionStorage.getItem('cce-upgrade-planner:draft'));
    const second = await context.newPage();
    // A duplicated tab carries the draft; a new idempotency key makes it a second submit of the same plan.
    await second.addInitScript((text) => {
      if (sessionStorage.getItem('cce-upgrade-planner:draft') !== null || text === null) return;
      const copy = JSON.parse(text) as { safeSubmit: { idempotencyKey: string } };
      copy.safeSubmit.idempotencyKey = crypto.randomUUID();
      sessionStorage.setItem('cce-upgrade-planner:draft', JSON.stringify(copy));
    }, draft);
    await second.goto('/');
    await expect(second.getByText('The pre-upgrade check passed')).toBeVisible({ timeout: 15_000 });

    await confirmSubmit(page, 'prod-payments');
    await confirmSubmit(second, 'prod-payments');
    await expect(second.getByText('This plan had already been submitted: this is the upgrade it started.')).toBeVisible();
    expect(new URL(second.url()).pathname).toBe(new URL(page.url()).pathname);
    expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  });
});

test('reads throttled with 429 and Retry-After are retried after the wait CCE asked for', async ({ page, simulator }) => {
  await simulator.fault('listClusters', { status: 429, headers: { 'retry-after': '1' }, times: 1 });
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toBeVisible({ timeout: 15_000 });
  const reads = await simulator.received('listClusters');
  expect(reads).toHaveLength(2);
});

/** Confirms in the dialog and stays on the plan: the submit failed or went unanswered. */
async function confirmSubmitExpectingNoTask(page: Page) {
  await page.getByRole('button', { name: 'Submit upgrade' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Type the cluster name to confirm' }).fill('prod-payments');
  await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
  await expect(dialog).toBeHidden();
}
