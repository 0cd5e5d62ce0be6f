import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { clickNext } from './review-page';

const prodPaymentsId = '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31';
// The review step and the BFF's check of a file both read the live cluster: generous on a busy machine.
const slow = { timeout: 20_000 };

interface PlanFileJson {
  format: string;
  formatVersion: number;
  cluster: { id: string; name: string };
  request: string;
  plan: { userDefinedStep: number };
}

const requestJson = (page: Page) => page.getByRole('region', { name: 'Upgrade request JSON' });

/** Opens the import page and picks `file` (a path on disk, or a name and its bytes) through the labelled file input. */
async function choosePlanFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/plans/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Open a plan file' })).toBeVisible(slow);
  await page.getByLabel('Choose a plan file').setInputFiles(file);
}

test('a plan file is downloaded from the review step, opened back as it was, then again after the cluster changed', async ({ page, simulator }, testInfo) => {
  // The wizard: prod-payments to v1.29 with step 12, no pre-check, so the file carries no isOnlyUpgrade.
  await page.goto('/');
  await page.getByRole('radio', { name: 'prod-payments' }).check(slow);
  await clickNext(page);
  await page.getByRole('radio', { name: /^v1\.29\b/ }).check(slow);
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Node step size' }).fill('12');
  await clickNext(page);
  for (const heading of ['Node pool order', 'Node batches', 'Add-ons']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible(slow);
    await clickNext(page);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible(slow);
  await expect(requestJson(page)).toContainText(/"userDefinedStep":\s*12\b/, slow);
  const reviewed = (await requestJson(page).textContent()) ?? '';
  expect(JSON.parse(reviewed).spec.clusterUpgradeAction.isOnlyUpgrade).toBeUndefined();

  // Download: the file the browser saves, named for the cluster, the target and the time
  const downloading = page.waitForEvent('download', slow);
  await page.getByRole('button', { name: 'Download plan file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^prod-payments-v1\.29-\d{8}-\d{4}\.cce-plan\.json$/);
  const planFilePath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(planFilePath);
  const planFileText = await readFile(planFilePath, 'utf8');
  const planFile = JSON.parse(planFileText) as PlanFileJson;
  expect(planFile.format).toBe('cce-upgrade-plan');
  expect(planFile.formatVersion).toBe(1);
  expect(planFile.cluster).toEqual({ id: prodPaymentsId, name: 'prod-payments' });
  expect(planFile.request).toBe(reviewed);

  // Import, cluster unchanged: its facts, "as it was", and the wizard's review shows the file's request
  await choosePlanFile(page, planFilePath);
  const facts = page.getByLabel('About this plan file');
  await expect(facts).toContainText('prod-payments', slow);
  await expect(facts).toContainText('v1.29');
  await expect(page.getByText('The cluster is as it was when this plan was made')).toBeVisible(slow);
  await expectAccessible(page, 'plan import, cluster unchanged');
  await page.getByRole('button', { name: 'Open for review' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible(slow);
  await expect(requestJson(page)).toHaveText(planFile.request, slow);

  // Import after a node joined general-x86: the drift is named, and the way on is to re-plan
  const node = await simulator.addNode(prodPaymentsId, 'general-x86');
  await choosePlanFile(page, planFilePath);
  await expect(page.getByText('The cluster changed since this plan was made')).toBeVisible(slow);
  await expect(page.getByRole('list', { name: 'What changed in the cluster' })).toContainText(`Node ${node.name} was added to pool general-x86`);
  await expect(page.getByRole('button', { name: 'Open for review' })).toHaveCount(0);
  await expectAccessible(page, 'plan import, cluster drifted');
  await page.getByRole('button', { name: 'Re-plan from this file' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible(slow);
  await expect(requestJson(page)).toHaveText(planFile.request, slow);

  // A broken file: every bad field named by its path, nothing opened, and another file can be chosen at once
  const broken = { ...JSON.parse(planFileText), formatVersion: 2 } as PlanFileJson;
  broken.plan.userDefinedStep = 99;
  await choosePlanFile(page, { name: 'broken.cce-plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
  await expect(page.getByText('broken.cce-plan.json is not a plan file the planner can open')).toBeVisible(slow);
  const issues = page.getByRole('list', { name: 'What is wrong with the file' });
  await expect(issues).toContainText('formatVersion');
  await expect(issues).toContainText('plan.userDefinedStep');
  await expect(page.getByRole('button', { name: /^(Open for review|Re-plan from this file)$/ })).toHaveCount(0);
  await expectAccessible(page, 'plan import, broken file');
  await page.getByLabel('Choose a plan file').setInputFiles(planFilePath);
  await expect(page.getByText('broken.cce-plan.json is not a plan file the planner can open')).toBeHidden(slow);
  await expect(page.getByLabel('About this plan file')).toContainText('prod-payments', slow);
  await expect(page.getByRole('button', { name: 'Re-plan from this file' })).toBeVisible(slow);
});

test('the plan file JSON Schema is published by the planner', async ({ page }) => {
  const response = await page.request.get('/plan-file.schema.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/json/);
  const schema = (await response.json()) as { $schema?: string; properties?: { format?: { const?: string }; formatVersion?: { const?: number } } };
  expect(schema.$schema).toMatch(/json-schema\.org/);
  expect(schema.properties?.format?.const).toBe('cce-upgrade-plan');
  expect(schema.properties?.formatVersion?.const).toBe(1);
});
