import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';
import { clickNext } from './review-page';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });
const stepper = (page: Page) => page.getByRole('navigation', { name: 'Wizard steps' });
const stepSize = (page: Page) => page.getByRole('spinbutton', { name: 'Node step size' });
// Each test asks for the simulator fixture to start from the seeded fleet: an earlier spec's submit leaves prod-payments on v1.29.

test('steps are addresses: Back and Forward, the stepper and a reload keep the plan; Start over asks and can be undone', async ({ page, simulator: _freshFleet }) => {
  // A long journey with several axe runs: on a busy two-core machine it needs more than the default 90 s.
  test.slow();
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toBeVisible();
  await expect(page).toHaveURL(/\/plan\/cluster$/);
  await expectAccessible(page, 'cluster step');
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);
  await expect(heading(page, 'Target version')).toBeVisible();
  await expect(page).toHaveURL(/\/plan\/version$/);
  await page.getByRole('radio', { name: 'v1.29' }).check();
  await clickNext(page);
  await expect(heading(page, 'Rollout strategy')).toBeVisible();
  await expect(page.getByText('Step 3 of 7', { exact: true })).toBeVisible();
  await stepSize(page).fill('10');
  await clickNext(page);
  await expect(heading(page, 'Node pool order')).toBeVisible();
  await expect(page).toHaveURL(/\/plan\/pool-order$/);

  // The browser's own Back and Forward move between steps, and the values stay.
  await page.goBack();
  await expect(heading(page, 'Rollout strategy')).toBeVisible();
  await expect(heading(page, 'Rollout strategy')).toBeFocused();
  await expect(stepSize(page)).toHaveValue('10');
  await page.goBack();
  await expect(heading(page, 'Target version')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'v1.29' })).toBeChecked();
  await page.goForward();
  await expect(heading(page, 'Rollout strategy')).toBeVisible();
  await expect(stepSize(page)).toHaveValue('10');
  await page.goForward();
  await expect(heading(page, 'Node pool order')).toBeVisible();

  // The stepper opens any step reached so far, and none beyond.
  await expect(stepper(page).getByRole('tab', { name: 'Node pool order' })).toHaveAttribute('aria-current', 'step');
  await expect(stepper(page).getByRole('tab', { name: 'Node batches' })).toBeDisabled();
  await stepper(page).getByRole('tab', { name: 'Cluster' }).click();
  await expect(heading(page, 'Cluster')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toBeChecked();
  await stepper(page).getByRole('tab', { name: 'Node pool order' }).click();
  await expect(heading(page, 'Node pool order')).toBeVisible();
  await expectAccessible(page, 'stepper with steps reached');

  // A reload opens the same step with the same plan.
  await page.reload();
  await expect(heading(page, 'Node pool order')).toBeVisible();
  await expect(page).toHaveURL(/\/plan\/pool-order$/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(heading(page, 'Rollout strategy')).toBeVisible();
  await expect(stepSize(page)).toHaveValue('10');

  // Start over asks first, naming what would be lost; keeping the plan changes nothing.
  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over with a new plan?' });
  await expect(dialog).toContainText('This discards the plan to upgrade prod-payments to v1.29');
  await expectAccessible(page, 'start-over dialog');
  await dialog.getByRole('button', { name: 'Keep the plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(stepSize(page)).toHaveValue('10');

  // Discarding starts over; Undo brings back the plan and its step.
  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: 'Discard the plan' }).click();
  await expect(heading(page, 'Cluster')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'prod-payments' })).not.toBeChecked();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await expectAccessible(page, 'undo snackbar');
  await undo.click();
  await expect(heading(page, 'Rollout strategy')).toBeVisible();
  await expect(stepSize(page)).toHaveValue('10');
  await expect(page).toHaveURL(/\/plan\/strategy$/);
  await expect(undo).toBeHidden();

  // An address that names no step is no page.
  await page.goto('/plan/rollout');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('on a phone the stepper is compact and fits, and the undo leaves Back and Next free', async ({ page, simulator: _freshFleet }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);
  await page.getByRole('radio', { name: 'v1.29' }).check();
  await clickNext(page);
  await expect(heading(page, 'Rollout strategy')).toBeVisible();

  const nav = stepper(page);
  await expect(nav).toContainText('Step 3 of 7 · Rollout strategy');
  // Said once: the step's own "Step 3 of 7" line gives way to the compact stepper's.
  await expect(page.getByText('Step 3 of 7', { exact: true })).toBeHidden();
  await expect(nav.getByRole('tab')).toHaveCount(0);
  const fits = await nav.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= window.innerWidth);
  expect(fits).toBe(true);
  await expectAccessible(page, 'compact stepper');

  await nav.getByRole('button', { name: 'All steps' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /Rollout strategy/ })).toHaveAttribute('aria-current', 'step');
  await expect(menu.getByRole('menuitem', { name: /Node batches/ })).toBeDisabled();
  await expectAccessible(page, 'compact stepper menu');
  await menu.getByRole('menuitem', { name: /Cluster/ }).click();
  await expect(heading(page, 'Cluster')).toBeVisible();
  await expect(page).toHaveURL(/\/plan\/cluster$/);
  await page.goBack();
  await expect(heading(page, 'Rollout strategy')).toBeVisible();

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard the plan' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  // The snackbar sits at the top: Back and Next, at the bottom of the step, stay free to tap.
  const snackbar = await undo.locator('xpath=ancestor::*[contains(@class, "MuiSnackbar-root")]').boundingBox();
  const next_ = await page.getByRole('button', { name: 'Next' }).boundingBox();
  expect(snackbar && next_ && snackbar.y + snackbar.height <= next_.y).toBe(true);
  await undo.click();
  await expect(heading(page, 'Rollout strategy')).toBeVisible();
});

test('when the page’s code cannot load, the planner says so in words and a reload brings the plan back', async ({ page, simulator: _freshFleet }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);
  await expect(heading(page, 'Target version')).toBeVisible();

  // The first screen's chunk (index.html preloads it; main.tsx imports it) fails, as a dropped connection or a new
  // version's assets would make it.
  const failing = (url: URL) => /^\/assets\/page-[\w-]+\.js$/.test(url.pathname);
  await page.route(failing, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText('The planner could not load: the connection dropped, or the planner was updated while this page was loading. Reload the page; your plan is kept.');
  await expectAccessible(page, 'first screen failed to load');

  await page.unroute(failing);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(heading(page, 'Target version')).toBeVisible();
  await expect(page.getByText(/prod-payments/).first()).toBeVisible();
});
