import type { Locator, Page } from '@playwright/test';
import { demoClusters } from '../src/simulator/seed/demo-clusters';
import { expect, expectAccessible, test } from './fixtures';
import { confirmSubmit, passPreCheck, planUpgrade } from './review-page';

const PROD = demoClusters['prod-payments'];
const FAILING_WAVE = 3;
// A zone far from UTC, so a time shown raw (CCE writes UTC) cannot pass for a local one.
const ZONE = 'Asia/Tokyo';

test.use({ timezoneId: ZONE });
// Planning, the pre-check and an upgrade that runs into its third wave: more than the default budget on a busy machine.
test.setTimeout(180_000);

/** The value beside a term of the task view's description lists. */
const term = (page: Page, name: string): Locator => page.locator(`dt:text-is("${name}") + dd`);

/** "Wave 3 · general-x86 · 5 nodes ✕ Failed (…)" for wave `n`, as the wave list shows it. */
const waveRow = (page: Page, n: number) =>
  page.getByRole('list', { name: 'Waves and their status' }).getByRole('listitem').filter({ hasText: new RegExp(`^Wave ${n} ·`) });

test('a later wave fails: earlier waves Done, the failing wave Failed, pools and summary agree, cluster by name, local times', async ({ page, simulator }) => {
  await simulator.failUpgrade(PROD.id, FAILING_WAVE, 'Draining a node timed out: a PodDisruptionBudget allows no eviction');
  await page.goto('/');
  await planUpgrade(page, 'prod-payments', 'v1.29');
  await passPreCheck(page);
  await confirmSubmit(page, 'prod-payments');

  // Arriving on the task page puts the keyboard on its heading, not on <body>.
  const heading = page.getByRole('heading', { level: 1, name: 'Upgrade task' });
  await expect(heading).toBeFocused();
  await expect(page.locator('p', { hasText: /^Cluster prod-payments$/ })).toBeVisible();
  await expect(page.getByText(`Cluster ID ${PROD.id}`)).toBeVisible();

  // While it runs: started in local time with the zone, and an elapsed time that ticks.
  await expect(term(page, 'Started')).toContainText(ZONE);
  const elapsed = term(page, 'Elapsed');
  await expect(elapsed).toHaveText(/\d+ s$/);
  const first = await elapsed.textContent();
  await expect(elapsed).not.toHaveText(first ?? '');
  await expect(term(page, 'Estimate')).toContainText('Basis: the planner’s duration model');

  await expect(page.getByText('Upgrade failed')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`The upgrade stopped in wave ${FAILING_WAVE} of`)).toBeVisible();
  await expect(page.getByText(new RegExp(`^Failed in wave ${FAILING_WAVE} of \\d+ \\(.+\\)\\.$`))).toBeVisible();
  await expect(term(page, 'Wave')).toHaveText(new RegExp(`^Stopped in wave ${FAILING_WAVE} of \\d+$`));
  await expect(waveRow(page, FAILING_WAVE)).toContainText('Failed (Abnormal: ');
  await expect(waveRow(page, FAILING_WAVE)).not.toContainText('Done');
  for (let n = 1; n < FAILING_WAVE; n += 1) await expect(waveRow(page, n)).toContainText('Done');
  await expect(waveRow(page, FAILING_WAVE + 1)).toContainText('Waiting');

  // The summary, the pools and the failed wave count the same nodes.
  const summary = (await term(page, 'Nodes').textContent()) ?? '';
  const [, upgraded, total, abnormal] = /^(\d+) of (\d+) upgraded, (\d+) failed \(Abnormal\)$/.exec(summary) ?? [];
  expect(Number(abnormal)).toBeGreaterThan(0);
  const failedNodes = page.getByRole('list', { name: 'Nodes that failed' }).getByRole('listitem');
  await expect(failedNodes).toHaveCount(Number(abnormal));
  const pools = await page.getByRole('list', { name: 'Progress per node pool' }).getByRole('listitem').allTextContents();
  const parsed = pools.map((row) => {
    const [, name, up, all, rest] = /^(.+): (\d+) of (\d+) upgraded(.*)$/.exec(row) ?? [];
    return { name, upgraded: Number(up), total: Number(all), abnormal: Number(/(\d+) failed \(Abnormal\)/.exec(rest ?? '')?.[1] ?? 0) };
  });
  expect(parsed.reduce((sum, pool) => sum + pool.upgraded, 0)).toBe(Number(upgraded));
  expect(parsed.reduce((sum, pool) => sum + pool.total, 0)).toBe(Number(total));
  expect(parsed.reduce((sum, pool) => sum + pool.abnormal, 0)).toBe(Number(abnormal));
  // A pool holding a failed node never reads as fully upgraded.
  for (const pool of parsed.filter((p) => p.abnormal > 0)) expect(pool.upgraded).toBeLessThan(pool.total);

  // Times: local with the zone, never CCE's raw UTC strings; how long it ran instead of a ticking clock.
  await expect(term(page, 'Started')).toContainText(ZONE);
  await expect(term(page, 'Stopped')).toContainText(ZONE);
  await expect(term(page, 'Took')).toHaveText(/\d+ s$/);
  await expect(term(page, 'Estimate')).toHaveText('No estimate while the upgrade is stopped.');
  await expect(page.getByText(/\+0000 UTC/)).toHaveCount(0);
  await expectAccessible(page, 'task failed in a later wave');

  // Arriving from the address (a reload) also focuses the heading, and the same states are read back.
  await page.reload();
  await expect(heading).toBeFocused();
  await expect(waveRow(page, FAILING_WAVE)).toContainText('Failed');
  await expect(waveRow(page, 1)).toContainText('Done');
});
