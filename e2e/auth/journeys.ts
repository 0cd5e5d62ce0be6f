import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { confirmSubmit, passPreCheck } from '../review-page';
import type { TestUser } from '../../src/server/testing/oidc-test-provider';

/** Records every CSP violation on the planner's own pages, to assert none happened (MUI's styles must carry the nonce). */
export async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`));
  });
}

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

/** On the provider's own sign-in form (node-oidc-provider's development form), as `user`; back at the planner after. */
export async function signInAtProvider(page: Page, user: TestUser) {
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.locator('input[name="login"]').fill(user);
  await page.locator('input[name="password"]').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByRole('banner')).toContainText('Signed in as');
}

/** Walks the wizard at its defaults to the review step for `cluster` → `version`. */
export async function planUpgrade(page: Page, cluster: string, version: string) {
  await page.getByRole('radio', { name: cluster }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: version }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  for (const heading of ['Rollout strategy', 'Node pool order', 'Node batches', 'Add-ons']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
}

/** Runs the pre-upgrade check and submits the plan through the confirmation, as an operator does. */
export async function submitPlan(page: Page, clusterName: string) {
  await passPreCheck(page);
  await confirmSubmit(page, clusterName);
}
