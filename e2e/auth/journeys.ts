import type { BrowserContext, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures';
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

/**
 * `signIn(user)`: a page of its own browser context (cookies, sessionStorage, provider session), signed in as `user`,
 * so two operators and a viewer work on one plan side by side. The contexts close with the test.
 */
export const test = base.extend<{ signIn: (user: TestUser) => Promise<Page> }>({
  signIn: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (user) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await watchCspViolations(page);
      await page.goto('/');
      await signInAtProvider(page, user);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
