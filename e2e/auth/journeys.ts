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

/** Runs the pre-upgrade check and submits the plan through the confirmation, as an operator does. */
export async function submitPlan(page: Page, clusterName: string) {
  await passPreCheck(page);
  await confirmSubmit(page, clusterName);
}
