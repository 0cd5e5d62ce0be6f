import type { Page } from '@playwright/test';
import { demoClusters } from '../src/simulator/seed/demo-clusters';
import { expect, expectAccessible, test } from './fixtures';
import { confirmSubmit, passPreCheck, planUpgrade } from './review-page';

const clusters = (page: Page) => page.getByRole('table', { name: 'Clusters' });
const rowOf = (page: Page, name: string) => clusters(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });

/** Opens the cluster step: the planner may keep a draft open on a later step, which Start over leaves. */
async function openClusterStep(page: Page) {
  await page.goto('/');
  const clusterStep = page.getByRole('heading', { level: 2, name: 'Cluster' });
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  if (!(await clusterStep.isVisible())) {
    await page.getByRole('button', { name: 'Start over' }).click();
    // A confirmation, where the planner asks for one.
    const confirm = page.getByRole('dialog').getByRole('button', { name: /Start over/ });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
  }
  await expect(clusterStep).toBeVisible();
}

test('step 1 shows each demo cluster’s facts and what can be done with it', async ({ page, simulator: _freshFleet }) => {
  await openClusterStep(page);
  const payments = rowOf(page, 'prod-payments');
  await expect(payments).toContainText('v1.28.15-r30');
  await expect(payments).toContainText('60 nodes in 5 node pools');
  await expect(payments).toContainText('VirtualMachine / CCE Standard');
  await expect(payments).toContainText('Can be upgraded to v1.29 or v1.30.');
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toHaveAccessibleDescription(/v1\.28\.15-r30.*60 nodes in 5 node pools/);

  await expect(rowOf(page, 'big-analytics')).toContainText('2,000 nodes in 40 node pools');
  await expect(rowOf(page, 'edge-gateway')).toContainText('Nothing to upgrade to: it is already on the newest version CCE offers.');
  await expect(rowOf(page, 'staging-web')).toContainText('Cannot upgrade now: its status is Unavailable. CCE says: Master node kube-apiserver is unhealthy');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, 'cluster step with facts');

  // The seeded history of prod-payments: one finished upgrade.
  await payments.getByRole('link', { name: 'Upgrade history of prod-payments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade history' })).toBeVisible();
  await expect(page.getByText('The upgrade tasks CCE keeps for prod-payments, newest first.')).toBeVisible();
  const tasks = page.getByRole('table', { name: 'Upgrade tasks' });
  await expect(tasks.getByRole('row')).toHaveCount(2);
  await expect(tasks).toContainText('Succeeded');
  await expect(tasks).toContainText('v1.27.16-r40 → v1.28');
  await expect(tasks).toContainText('1 h 30 min');
  await expectAccessible(page, 'upgrade history');

  await page.goBack();
  await openClusterStep(page);
  await rowOf(page, 'edge-gateway').getByRole('link', { name: 'Upgrade history of edge-gateway' }).click();
  await expect(page.getByText('CCE lists no upgrade tasks for this cluster. A task appears here once an upgrade is submitted.')).toBeVisible();
  await expectAccessible(page, 'empty upgrade history');
});

test('after a submit, step 1 links the upgrading cluster to its task and its history lists that task', async ({ page, simulator }) => {
  // Stopping in the last wave keeps the cluster held by its task however slowly this spec runs: it never finishes on its own.
  await simulator.failUpgrade(demoClusters['prod-payments'].id, 99, 'Draining a node timed out');
  await openClusterStep(page);
  await planUpgrade(page, 'prod-payments', 'v1.29');
  await passPreCheck(page);
  await confirmSubmit(page, 'prod-payments');
  const taskUrl = new URL(page.url()).pathname;
  expect(taskUrl).toMatch(/^\/clusters\/[0-9a-f-]{36}\/tasks\/[0-9a-z-]+$/);

  await openClusterStep(page);
  const payments = rowOf(page, 'prod-payments');
  await expect(payments).toContainText('Upgrading');
  const open = payments.getByRole('link', { name: /^(Upgrading|Upgrade stopped) — open task of prod-payments$/ });
  await expect(open).toHaveAttribute('href', taskUrl);
  await expectAccessible(page, 'cluster step with an upgrading cluster');
  await open.click();
  await expect(page).toHaveURL(taskUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible();

  await page.getByRole('link', { name: 'All upgrade tasks of this cluster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade history' })).toBeVisible();
  const tasks = page.getByRole('table', { name: 'Upgrade tasks' });
  // Newest first: the new task above the seeded one.
  const rows = tasks.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('link', { name: /^Open task started/ })).toHaveAttribute('href', taskUrl);
  await expect(rows.nth(1)).toContainText('v1.28.15-r30 → v1.29');
  await expect(rows.nth(1)).toContainText(/Starting|Running|Failed/);
  await expect(rows.nth(2)).toContainText('v1.27.16-r40 → v1.28');
  await expectAccessible(page, 'upgrade history with the new task');
});
