import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectNoSideScroll } from './layout';
import { confirmSubmit, passPreCheck, planUpgrade } from './review-page';

// The review step, the pre-check and the task view read the live cluster: generous on a busy two-core machine.
const slow = { timeout: 20_000 };
const WIDTHS = [360, 768, 1280, 1440] as const;
const TOUCH = 44;
/** At least 44 × 44 CSS px, what a fingertip needs. */
async function expectTouchTarget(target: Locator, what: string) {
  const box = await target.boundingBox();
  expect(box, `${what} is on the page`).not.toBeNull();
  expect(box!.height, `${what}: height`).toBeGreaterThanOrEqual(TOUCH);
  expect(box!.width, `${what}: width`).toBeGreaterThanOrEqual(TOUCH);
}

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

test.describe('on a phone, by touch', () => {
  // iPhone 13's screen in Chromium: mobile viewport meta honoured, touch events, no mouse hover.
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

  test('prod-payments is planned, checked and submitted by tapping, and no page scrolls sideways', async ({ page, simulator }) => {
    test.setTimeout(360_000);
    await page.goto('/');

    // Cluster. The wizard's pages also need the compact stepper of issue 17 to fit 390 px.
    const cluster = page.getByRole('radio', { name: 'prod-payments' });
    await expect(cluster).toBeVisible(slow);
    await expectNoSideScroll(page, 'cluster step');
    await expectTouchTarget(cluster, 'the prod-payments radio');
    await expectAccessible(page, 'cluster step on a phone');
    await cluster.tap();
    await expect(cluster).toBeChecked();
    const next = page.getByRole('button', { name: 'Next' });
    await expectTouchTarget(next, 'Next');
    await next.tap();

    // Target version
    await expectStep(page, 'Target version');
    await expectNoSideScroll(page, 'version step');
    const version = page.getByRole('radio', { name: /^v1\.29\b/ });
    await expectTouchTarget(version, 'the v1.29 radio');
    await version.tap();
    await expect(version).toBeChecked();
    await expectTouchTarget(page.getByRole('button', { name: 'Back' }), 'Back');
    await expectAccessible(page, 'version step on a phone');
    await next.tap();

    // Rollout strategy: the scope in words, CCE's value beside it
    await expectStep(page, 'Rollout strategy');
    await expect(page.getByRole('radio', { name: /^Across the cluster \(Cluster\)/ })).toBeChecked();
    await expect(page.getByText(/^[\d,]+ nodes in \d+ node pools$/)).toBeVisible(slow);
    await expectNoSideScroll(page, 'strategy step');
    await expectAccessible(page, 'strategy step on a phone');
    await next.tap();

    // Node pool order: one pool put first by tapping Order
    await expectStep(page, 'Node pool order');
    const order = page.getByRole('button', { name: 'Order gpu-inference', exact: true });
    await expect(order).toBeVisible(slow);
    await expectNoSideScroll(page, 'node pool order step');
    await expectTouchTarget(order, 'Order gpu-inference');
    await order.tap();
    await expect(page.getByRole('list', { name: 'Upgrade first, in this order' }).getByRole('listitem')).toHaveCount(1);
    await expectNoSideScroll(page, 'node pool order step with an ordered pool');
    await expectAccessible(page, 'node pool order step on a phone');
    await next.tap();

    // Node batches: a pool opens by tapping its summary, which shows it can open
    await expectStep(page, 'Node batches');
    const pool = page.getByRole('button', { name: /^general-x86 · \d+ nodes/ });
    await expect(pool).toHaveAttribute('aria-expanded', 'false', slow);
    await expect(pool.locator('svg')).toBeVisible();
    await expectTouchTarget(pool, 'the general-x86 pool');
    await pool.tap();
    await expect(pool).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Add batch to general-x86' })).toBeVisible();
    await expectNoSideScroll(page, 'node batches step');
    await expectAccessible(page, 'node batches step on a phone');
    await next.tap();

    // Add-ons
    await expectStep(page, 'Add-ons');
    await expectNoSideScroll(page, 'add-ons step');
    await expectAccessible(page, 'add-ons step on a phone');
    await next.tap();

    // Review: the long JSON and the wave list stay inside their own boxes
    await expectStep(page, 'Review and submit');
    await expect(page.getByRole('region', { name: 'Upgrade request JSON' })).toContainText('"targetVersion"', slow);
    await expectNoSideScroll(page, 'review step');
    await expectAccessible(page, 'review step on a phone');

    // Pre-check by tapping: one node Risk, accepted with a reason, and the re-run passes
    const run = page.getByRole('button', { name: 'Run pre-upgrade check' });
    await expectTouchTarget(run, 'Run pre-upgrade check');
    await run.tap();
    await expect(page.getByRole('status', { name: 'Pre-upgrade check status' })).toHaveText(/The check finished/, slow);
    await expectNoSideScroll(page, 'pre-check findings');
    const accept = page.getByRole('button', { name: /^Accept risk / });
    await expectTouchTarget(accept.first(), 'Accept risk');
    await accept.first().tap();
    await page.getByRole('textbox', { name: /^Reason for accepting / }).fill('Accepted on a phone: the node is drained first');
    await page.getByRole('button', { name: 'Accept and run the check again' }).tap();
    await expect(page.getByText('The pre-upgrade check passed')).toBeVisible(slow);
    await expectNoSideScroll(page, 'review step after the check');
    await expectAccessible(page, 'review step after the check on a phone');

    // The copy message does not cover the wizard's Back
    await page.getByRole('button', { name: 'Copy JSON' }).tap();
    const copied = page.getByText('Request JSON copied to the clipboard.');
    await expect(copied).toBeVisible();
    const back = page.getByRole('button', { name: 'Back' });
    await back.scrollIntoViewIfNeeded();
    const [message, backBox] = [(await copied.boundingBox())!, (await back.boundingBox())!];
    const overlaps = message.x < backBox.x + backBox.width && backBox.x < message.x + message.width
      && message.y < backBox.y + backBox.height && backBox.y < message.y + message.height;
    expect(overlaps, 'the copy message covers Back').toBe(false);

    // Confirm and submit by tapping
    const submit = page.getByRole('button', { name: 'Submit upgrade' });
    await expectTouchTarget(submit, 'Submit upgrade');
    await submit.tap();
    const dialog = page.getByRole('dialog', { name: 'Start the upgrade of prod-payments?' });
    await dialog.getByRole('textbox', { name: 'Type the cluster name to confirm' }).fill('prod-payments');
    await expectNoSideScroll(page, 'confirmation dialog');
    await expectAccessible(page, 'confirmation dialog on a phone');
    const confirm = dialog.getByRole('button', { name: 'Confirm upgrade' });
    await expectTouchTarget(confirm, 'Confirm upgrade');
    await confirm.tap();

    // Task view
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible(slow);
    await expect(page.getByRole('progressbar', { name: 'Upgrade progress' })).toBeVisible(slow);
    expect(await simulator.received('upgradeCluster')).toHaveLength(1);
    await expectNoSideScroll(page, 'task view');
    await expectAccessible(page, 'task view on a phone');
  });
});

test.describe('on wide screens and in between', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the wizard, the review, a saved plan, the plans list and the import page fit every width', async ({ page }) => {
    test.setTimeout(360_000);
    await page.goto('/');
    await page.getByRole('radio', { name: 'prod-payments' }).check(slow);
    await expectNoSideScroll(page, 'cluster step');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /^v1\.29\b/ }).check(slow);
    await expectNoSideScroll(page, 'version step');
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Rollout strategy');
    await expectNoSideScroll(page, 'strategy step');
    await page.getByRole('button', { name: 'Next' }).click();

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
    await page.getByRole('button', { name: 'Next' }).click();

    await expectStep(page, 'Node batches');
    await page.getByRole('button', { name: /^general-x86 · \d+ nodes/ }).click();
    await expectNoSideScroll(page, 'node batches step');
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Add-ons');
    await expectNoSideScroll(page, 'add-ons step');
    await page.getByRole('button', { name: 'Next' }).click();

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
