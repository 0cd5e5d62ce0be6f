import { expect, type Page } from '@playwright/test';

/**
 * Next, once nothing in the step is still loading. A step's parts load on their own (its timeline's code, the cluster's
 * inventory) and grow the page above Next. Playwright checks what is under the pointer when it presses, not when it
 * releases: pressed on Next and released after such a shift, the click lands on the form and the wizard stays put
 * (clean-clone CI, 2026-12-01: Next on Rollout strategy "done", the step never left).
 */
export async function clickNext(page: Page) {
  await expect(page.getByRole('form').getByRole('progressbar')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Walks the wizard at its defaults to the review step for `cluster` → `version`. */
export async function planUpgrade(page: Page, cluster: string, version: string) {
  await page.getByRole('radio', { name: cluster }).check();
  await clickNext(page);
  await page.getByRole('radio', { name: new RegExp(`^${version.replace('.', '\\.')}\\b`) }).check();
  await clickNext(page);
  for (const heading of ['Rollout strategy', 'Node pool order', 'Node batches', 'Add-ons']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await clickNext(page);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
}

/**
 * The review step's safe-submit actions, for journeys whose subject is something else: run the pre-upgrade check,
 * accept every risk it reports with one reason, and wait until it passes.
 */
export async function passPreCheck(page: Page, reason = 'Accepted for the e2e journey: the node is drained first') {
  await page.getByRole('button', { name: 'Run pre-upgrade check' }).click();
  const status = page.getByRole('status', { name: 'Pre-upgrade check status' });
  await expect(status).toHaveText(/The check finished/, { timeout: 20_000 });
  const accept = page.getByRole('button', { name: /^Accept risk / });
  if ((await accept.count()) > 0) {
    await accept.first().click();
    await page.getByRole('textbox', { name: /^Reason for accepting / }).fill(reason);
    await page.getByRole('button', { name: 'Accept and run the check again' }).click();
  }
  await expect(page.getByText('The pre-upgrade check passed')).toBeVisible({ timeout: 20_000 });
}

/** Submits through the confirmation dialog, typing the cluster name, and waits for the task view. */
export async function confirmSubmit(page: Page, clusterName: string) {
  await page.getByRole('button', { name: 'Submit upgrade' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Type the cluster name to confirm' }).fill(clusterName);
  await dialog.getByRole('button', { name: 'Confirm upgrade' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible();
}
