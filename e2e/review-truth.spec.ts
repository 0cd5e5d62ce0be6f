import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { clickNext } from './review-page';

/** The label of the bar that has the keyboard focus inside the timeline. */
const focusedBar = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-bar]')?.getAttribute('aria-label') ?? null);

/**
 * Walks the whole chart by keyboard the way a user would: each lane from end to end with the arrow keys, then down to
 * the next lane, and returns how many bars it reached (by position, so two bars of one name count twice).
 */
async function walkEveryBar(page: Page, chart: Locator): Promise<number> {
  await chart.locator('[data-bar][tabindex="0"]').focus();
  await page.keyboard.press('Home');
  const reached = new Set<string>();
  const position = () => page.evaluate(() => document.activeElement?.closest('[data-bar]')?.getAttribute('data-bar') ?? '');
  const sweep = async (key: 'ArrowLeft' | 'ArrowRight') => {
    let here = await position();
    reached.add(here);
    for (;;) {
      await page.keyboard.press(key);
      const moved = await position();
      if (moved === here) return here;
      reached.add(moved);
      here = moved;
    }
  };
  for (;;) {
    await sweep('ArrowLeft');
    const end = await sweep('ArrowRight');
    await page.keyboard.press('ArrowDown');
    if ((await position()) === end) return reached.size;
  }
}

test('big-analytics to v1.30 at step 40 per pool: every add-on accounted for, 240 waves on a timeline a keyboard reaches, and a window that tells the truth', async ({ page, simulator: _fresh }) => {
  // 2,000 nodes, a keyboard walk over 243 bars and five axe runs: past the default 90 s on a busy two-core machine.
  test.slow();
  await page.goto('/');
  await page.getByRole('radio', { name: 'big-analytics' }).check();
  await clickNext(page);
  await page.getByRole('radio', { name: /^v1\.30\b/ }).check();
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeVisible();

  // The strategy step shows the consequence of its choices at once.
  const step = page.getByRole('spinbutton', { name: 'Node step size' });
  const estimate = page.getByText(/^Estimated duration: /);
  await expect(estimate).toBeVisible();
  const atDefaults = await estimate.textContent();
  await step.fill('40');
  await page.getByRole('radio', { name: 'Within each node pool (NodePool)' }).check();
  await expect(page.getByRole('group', { name: 'Rollout timeline' })).toBeVisible();
  await expect(estimate).not.toHaveText(atDefaults ?? '');
  await expectAccessible(page, 'strategy step with the live timeline');

  for (const heading of ['Node pool order', 'Node batches', 'Add-ons']) {
    await clickNext(page);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();

  // Nothing patched: the review says which add-ons do not support v1.30 and what CCE will do with them.
  const warnings = page.getByRole('list', { name: 'Plan warnings' });
  await expect(warnings.getByRole('listitem').filter({ hasText: /does not support v1\.30 and this plan does not patch it/ }).first()).toBeVisible();
  const addonWarnings = await warnings.getByRole('listitem').filter({ hasText: /this plan does not patch it/ }).count();
  expect(addonWarnings).toBeGreaterThan(0);
  // The plan takes more than a day at the slow end: that is a warning too.
  await expect(warnings.getByRole('listitem').filter({ hasText: /The upgrade may take up to .* longer than 8 h/ })).toBeVisible();

  // 240 waves in 40 pools: one bar per wave, plus the control plane, the add-ons CCE moves itself after the cluster and
  // the post-check, every one reachable by keyboard.
  const chart = page.getByRole('group', { name: 'Rollout timeline' });
  await expect(chart.locator('[data-bar]')).toHaveCount(243);
  expect(await walkEveryBar(page, chart)).toBe(243);
  await page.keyboard.press('End');
  await expect(page.getByRole('tooltip')).toContainText('Post-check');
  expect(await focusedBar(page)).toBe('Post-check');
  await expectAccessible(page, 'review with the timeline, a bar focused');

  // Patch all proposed add-ons: the add-on warnings go; the add-ons still take their time after the cluster, now all of them.
  const before = await page.getByText(/^Estimated duration: /).textContent();
  await page.getByRole('button', { name: 'Patch all proposed add-ons' }).first().click();
  await expect(warnings.getByRole('listitem').filter({ hasText: /this plan does not patch it/ })).toHaveCount(0);
  await expect(chart.locator('[data-bar]')).toHaveCount(243);
  await expect(page.getByText(/^Estimated duration: /)).not.toHaveText(before ?? '');
  const body = JSON.parse((await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '{}');
  expect(body.spec.clusterUpgradeAction.addons.length).toBeGreaterThanOrEqual(addonWarnings);

  // A 6-hour window: the plan overruns it, and honestly nothing short of a longer window fits 2,000 nodes.
  await page.getByRole('spinbutton', { name: 'Length in hours' }).fill('6');
  await expect(page.getByText(/At the slow end of the estimate the plan overruns the window by/)).toContainText(
    'No change of step, scope or split into two windows makes it fit: ask for a longer window.',
  );
  await expect(warnings.getByRole('listitem').filter({ hasText: /past the end of its 6 h maintenance window/ })).toBeVisible();
  await expect(chart.locator('[data-window-end]')).toHaveCount(1);

  // A 36-hour window: scope Cluster is the smallest change that fits; applying it makes the plan fit.
  await page.getByRole('spinbutton', { name: 'Length in hours' }).fill('36');
  await expect(page.getByText(/Smallest change that fits: Change the step scope to “Across the cluster \(Cluster\)”/)).toBeVisible();
  await page.getByRole('button', { name: 'Apply this change' }).click();
  await expect(page.getByText('The plan fits the window, even at the slow end of the estimate.')).toBeVisible();
  await expect(warnings.getByRole('listitem').filter({ hasText: /maintenance window/ })).toHaveCount(0);
  const applied = JSON.parse((await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '{}');
  expect(applied.spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate).toEqual({ userDefinedStep: 40, scope: 'Cluster' });
  await expectAccessible(page, 'review with a window that fits');

  // The window and the assumptions are kept across a reload.
  await page.reload();
  await expect(page.getByText('The plan fits the window, even at the slow end of the estimate.')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Length in hours' })).toHaveValue('36');
});
