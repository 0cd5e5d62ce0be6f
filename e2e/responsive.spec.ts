import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectNoSideScroll } from './layout';
import { clickNext, confirmSubmit, passPreCheck, planUpgrade } from './review-page';

// The review step, the pre-check and the task view read the live cluster: generous on a busy two-core machine.
const slow = { timeout: 20_000 };
const WIDTHS = [360, 768, 1280, 1440] as const;

async function expectStep(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible(slow);
}

/** Every width of the issue but the one the test runs at: the page is checked at each, then the window is put back. */
async function expectNoSideScrollAtEveryWidth(page: Page, where: string) {
  const original = page.viewportSize()!;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: original.height });
    await expectNoSideScroll(page, `${where} at ${width} px`);
  }
  await page.setViewportSize(original);
  await expectNoSideScroll(page, `${where} at ${original.width} px`);
}

// Every test starts from the simulator's seeded clusters (its fixture resets them): a submit leaves prod-payments Upgrading.
test.beforeEach(({ simulator }) => expect(simulator).toBeDefined());

// On a phone, by touch: e2e/chinese.spec.ts plans, checks and submits by tapping at 390 × 844, in Chinese, checking
// touch targets, sideways scroll and clipped text on every page.

test.describe('on wide screens and in between', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the wizard, the review, a saved plan, the plans list and the import page fit every width', async ({ page }) => {
    test.setTimeout(360_000);
    await page.goto('/');
    await page.getByRole('radio', { name: 'prod-payments' }).check(slow);
    await expectNoSideScroll(page, 'cluster step');
    await clickNext(page);
    await page.getByRole('radio', { name: /^v1\.29\b/ }).check(slow);
    await expectNoSideScroll(page, 'version step');
    await clickNext(page);
    await expectStep(page, 'Rollout strategy');
    await expectNoSideScroll(page, 'strategy step');
    await clickNext(page);

    // Node pool order: the page once grew to 2,454 px here; and a hovered Order button keeps its contrast
    await expectStep(page, 'Node pool order');
    const order = page.getByRole('button', { name: 'Order gpu-inference', exact: true });
    await expect(order).toBeVisible(slow);
    await expectNoSideScrollAtEveryWidth(page, 'node pool order step');
    await order.hover();
    await expectAccessible(page, 'node pool order step, Order hovered');
    await order.click();
    await page.getByRole('button', { name: 'Order memory-optimized', exact: true }).hover();
    await expectAccessible(page, 'node pool order step, a second Order hovered');
    await expectNoSideScrollAtEveryWidth(page, 'node pool order step with an ordered pool');
    await clickNext(page);

    await expectStep(page, 'Node batches');
    await page.getByRole('button', { name: /^general-x86 · \d+ nodes/ }).click();
    await expectNoSideScroll(page, 'node batches step');
    await clickNext(page);
    await expectStep(page, 'Add-ons');
    await expectNoSideScroll(page, 'add-ons step');
    await clickNext(page);

    await expectStep(page, 'Review and submit');
    await expect(page.getByRole('region', { name: 'Upgrade request JSON' })).toContainText('"targetVersion"', slow);
    await expectNoSideScrollAtEveryWidth(page, 'review step');
    await expectAccessible(page, 'review step at 1920 px');

    // Saved for review: its revision page, the plan's page, the plans list and the import page
    await page.getByRole('button', { name: 'Save for review' }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\/revisions\/1$/, slow);
    await expect(page.getByRole('heading', { level: 1, name: /^prod-payments: / })).toBeVisible(slow);
    await expectNoSideScrollAtEveryWidth(page, 'revision page');
    await expectAccessible(page, 'revision page at 1920 px');
    const planUrl = page.url().replace(/\/revisions\/1$/, '');
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: /^prod-payments: / })).toBeVisible(slow);
    await expectNoSideScrollAtEveryWidth(page, 'plan page');

    await page.goto('/plans');
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade plans' })).toBeVisible(slow);
    await expect(page.getByText(/prod-payments/).first()).toBeVisible(slow);
    await expectNoSideScrollAtEveryWidth(page, 'plans page');
    await expectAccessible(page, 'plans page at 1920 px');

    await page.goto('/plans/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Open a plan file' })).toBeVisible(slow);
    await expectNoSideScrollAtEveryWidth(page, 'plan import page');
  });

  test('the task view fits every width', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await planUpgrade(page, 'prod-payments', 'v1.29');
    await passPreCheck(page);
    await confirmSubmit(page, 'prod-payments');
    await expect(page.getByRole('progressbar', { name: 'Upgrade progress' })).toBeVisible(slow);
    await expectNoSideScrollAtEveryWidth(page, 'task view');
    await expectAccessible(page, 'task view at 1920 px');
  });
});
