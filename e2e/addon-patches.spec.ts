import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { clickNext, confirmSubmit, passPreCheck } from './review-page';

/** prod-payments v1.28 → v1.29 with CCE's defaults for strategy and ordering, up to the add-ons step. */
async function planToAddons(page: Page) {
  await page.goto('/');
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);
  await page.getByRole('radio', { name: 'v1.29' }).check();
  for (const heading of ['Rollout strategy', 'Node pool order', 'Node batches']) {
    await clickNext(page);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
}

/** Submits the reviewed plan and waits for the task view. The one place to adapt when submitting gains steps (pre-check, confirmation). */
test('patches coredns to a compatible version with one value changed, and CCE receives exactly the previewed body', async ({ page, simulator }) => {
  await planToAddons(page);
  const coredns = page.getByRole('region', { name: 'coredns' });
  await expect(coredns).toContainText('1.27.1 does not support v1.29. Proposed: patch it to 1.29.5, the newest stable version that does.');
  await expect(page.getByRole('region', { name: 'npd' })).toContainText('1.19.1 supports v1.29.');
  await expectAccessible(page, 'add-ons step');

  await coredns.getByRole('button', { name: 'Patch to 1.29.5' }).click();
  const version = coredns.getByRole('combobox', { name: 'coredns target version' });
  await expect(version).toHaveValue('1.29.5');
  // Only versions that support v1.29 can be chosen: 1.27.1 (installed, up to v1.28) and 1.30.7 (v1.30 on) are not there.
  await expect(version.locator('option')).toHaveText(['1.29.5', '1.28.7', '1.29.11 (not stable)']);

  await coredns.getByRole('button', { name: 'Edit values' }).click();
  const editor = coredns.getByRole('textbox', { name: 'coredns values (JSON)' });
  await expect(editor).toBeVisible();
  const today = JSON.parse(await editor.innerText());
  expect(today.flavor.replicas).toBe(2);
  const planned = { ...today, flavor: { ...today.flavor, replicas: 3 } };

  // A stray character makes the text invalid: marked in the editor, explained beside it, kept out of the body, Next held back.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('x');
  await expect(coredns.getByText(/^Not valid JSON: /)).toBeVisible();
  await expect(coredns.locator('.cm-lint-marker-error')).toBeVisible();
  await clickNext(page);
  await expect(page.getByRole('alert')).toContainText('The coredns values are not valid JSON.');
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();

  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(JSON.stringify(planned, null, 2));
  await expect(coredns.getByText(/^Not valid JSON: /)).toBeHidden();
  await expect(coredns.getByRole('list', { name: 'Changes to the coredns values' })).toHaveText('flavor.replicas changed: 2 → 3');
  await expectAccessible(page, 'add-ons step with the values editor');
  await clickNext(page);

  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
  const expectedPatch = { addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values: planned };
  expect(JSON.parse((await page.getByRole('region', { name: 'coredns patch as sent' }).textContent()) ?? '')).toEqual(expectedPatch);
  const preview = (await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '';
  expect(JSON.parse(preview).spec.clusterUpgradeAction.addons).toEqual([expectedPatch]);
  await expectAccessible(page, 'review with an add-on patch');

  // The patch, values included, survives a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Upgrade request JSON' })).toHaveText(preview);

  // A passing pre-check adds isOnlyUpgrade; everything else is the body reviewed above, sent byte for byte.
  await passPreCheck(page);
  const checked = (await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '';
  expect(JSON.parse(checked)).toEqual({ ...JSON.parse(preview), spec: { clusterUpgradeAction: { ...JSON.parse(preview).spec.clusterUpgradeAction, isOnlyUpgrade: true } } });
  await confirmSubmit(page, 'prod-payments');
  expect((await simulator.received('upgradeCluster')).map((request) => request.body)).toEqual([checked]);
});

test('an incompatible version cannot be chosen, and a patch the new target does not support holds Next back', async ({ page, simulator: _freshFleet }) => {
  await planToAddons(page);
  const coredns = page.getByRole('region', { name: 'coredns' });
  await coredns.getByRole('switch', { name: 'Patch coredns' }).check();
  const version = coredns.getByRole('combobox', { name: 'coredns target version' });
  await version.selectOption('1.28.7');
  await expect(version).toHaveValue('1.28.7');

  // Back to v1.30: 1.28.7 supports only up to v1.29, so the plan that chose it is flagged and cannot go on.
  for (const heading of ['Node batches', 'Node pool order', 'Rollout strategy', 'Target version']) {
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await page.getByRole('radio', { name: 'v1.30' }).check();
  for (const heading of ['Target version', 'Rollout strategy', 'Node pool order', 'Node batches']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await clickNext(page);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
  await expect(version.locator('option')).toHaveText(['1.28.7 (does not support v1.30)', '1.30.7', '1.29.5', '1.29.11 (not stable)']);
  await expect(version.locator('option', { hasText: 'does not support' })).toBeDisabled();
  await clickNext(page);
  await expect(page.getByRole('alert')).toContainText('coredns 1.28.7 does not support v1.30');
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
  await expectAccessible(page, 'add-ons step with an incompatible patch');

  await version.selectOption('1.30.7');
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
  const body = JSON.parse((await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '');
  expect(body.spec.clusterUpgradeAction).toMatchObject({ targetVersion: 'v1.30', addons: [{ addonTemplateName: 'coredns', version: '1.30.7' }] });
});
