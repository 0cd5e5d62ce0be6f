import { expect, expectAccessible, test } from './fixtures';
import { clickNext } from './review-page';

test('a new user plans an upgrade with step 10, submits exactly the previewed body and watches it succeed', async ({ page, simulator }) => {
  // Planning, a reload and the simulator's 45 s upgrade: on a busy two-core machine this runs past the default 90 s.
  test.slow();
  await page.goto('/');
  await expect(page.getByText(/Demo mode — you are planning against a built-in CCE simulator/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a cluster upgrade' })).toBeVisible();

  // Cluster
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toBeVisible();
  await expectAccessible(page, 'cluster step');
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);

  // Target version
  await expect(page.getByRole('heading', { level: 2, name: 'Target version' })).toBeVisible();
  await expect(page.getByText(/prod-payments currently runs v1\.28\.15/)).toBeVisible();
  await expectAccessible(page, 'version step');
  await page.getByRole('radio', { name: 'v1.29' }).check();
  await clickNext(page);

  // Rollout strategy
  await expect(page.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeVisible();
  const step = page.getByRole('spinbutton', { name: 'Node step size' });
  await expect(step).toHaveValue('20');
  await step.fill('41');
  await clickNext(page);
  await expect(page.getByText('Node step size must be at most 40')).toBeVisible();
  await step.fill('10');
  await expectAccessible(page, 'strategy step');
  await clickNext(page);

  // Pool order, batches and add-ons are left as they are in this journey
  await expect(page.getByRole('heading', { level: 2, name: 'Node pool order' })).toBeVisible();
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Node batches' })).toBeVisible();
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
  await clickNext(page);

  // Review: the live JSON is exactly what will be sent
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
  const json = page.getByRole('region', { name: 'Upgrade request JSON' });
  expect(JSON.parse((await json.textContent()) ?? '')).toEqual({
    metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
    spec: {
      clusterUpgradeAction: {
        targetVersion: 'v1.29',
        strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 10, scope: 'Cluster' } },
      },
    },
  });
  await expectAccessible(page, 'review step before the check');

  // Pre-upgrade check: prod-payments has one node Risk, accepted with a reason; the re-run passes
  await page.getByRole('button', { name: 'Run pre-upgrade check' }).click();
  await expect(page.getByRole('status', { name: 'Pre-upgrade check status' })).toHaveText(/The check finished with 1 finding/, { timeout: 15_000 });
  await expect(page.getByRole('list', { name: 'Nodes findings' })).toContainText('Risk: may be accepted');
  await expectAccessible(page, 'pre-check findings');
  await page.getByRole('button', { name: /^Accept risk / }).click();
  await page.getByRole('textbox', { name: /^Reason for accepting / }).fill('Accepted for the e2e journey: the node is drained first');
  await page.getByRole('button', { name: 'Accept and run the check again' }).click();
  await expect(page.getByText('The pre-upgrade check passed')).toBeVisible({ timeout: 15_000 });
  const preview = (await json.textContent()) ?? '';
  expect(JSON.parse(preview).spec.clusterUpgradeAction.isOnlyUpgrade).toBe(true);
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByText('Request JSON copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(preview);
  await expectAccessible(page, 'review step after the check');

  // The draft, the check and the accepted risk survive a reload before submitting
  await page.reload();
  await expect(page.getByRole('region', { name: 'Upgrade request JSON' })).toHaveText(preview);
  await expect(page.getByText(/^Accepted, because: /)).toBeVisible();

  // Confirmation: the cluster name typed, then a double click still submits once
  await page.getByRole('button', { name: 'Submit upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the upgrade of prod-payments?' });
  await expect(dialog.getByRole('button', { name: 'Confirm upgrade' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type the cluster name to confirm' }).fill('prod-payments');
  await expectAccessible(page, 'confirmation dialog');
  await dialog.getByRole('button', { name: 'Confirm upgrade' }).dblclick();

  // Task view: its own address, progress, then Success
  await expect(page).toHaveURL(/\/clusters\/[0-9a-f-]{36}\/tasks\/[0-9a-z-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible();
  const received = await simulator.received('upgradeCluster');
  expect(received.map((r) => r.body)).toEqual([preview]);
  await expect(page.getByRole('progressbar', { name: 'Upgrade progress' })).toBeVisible();
  await expectAccessible(page, 'task view while running');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible();
  // The demo upgrade takes SIMULATOR_UPGRADE_SECONDS (45 s in e2e).
  await expect(page.getByText('Upgrade succeeded')).toBeVisible({ timeout: 70_000 });
  await expect(page.getByText('v1.28 → v1.29').or(page.getByText(/→ v1\.29/)).first()).toBeVisible();
  await expectAccessible(page, 'task view after success');
  expect(await simulator.received('upgradeCluster')).toHaveLength(1);
});

test('clusters that cannot be upgraded are explained in words', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'edge-gateway' }).check();
  await clickNext(page);
  await expect(page.getByText('No upgrade is offered')).toBeVisible();
  await expect(page.getByText(/already on the newest version CCE offers/)).toBeVisible();
  await expectAccessible(page, 'no targets');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('radio', { name: 'staging-web' }).check();
  await clickNext(page);
  await expect(page.getByText(/staging-web cannot be upgraded now: its status is Unavailable/)).toBeVisible();
  await expect(page.getByText(/CCE says:/)).toBeVisible();
  await expectAccessible(page, 'unavailable cluster');
});

test('an upstream failure is shown in words with a way to retry', async ({ page, simulator }) => {
  // Three failures outlast the SPA's two retries of a transient error.
  await simulator.fault('listClusters', { status: 500, times: 3 });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('CCE reported an internal error');
  await expect(page.getByRole('alert')).toContainText(/try again/i);
  await expectAccessible(page, 'cluster list error');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toBeVisible();
});
