import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { clickNext, confirmSubmit, passPreCheck } from './review-page';

// Seeded in the simulator's Kubernetes labels: the one canary of general-x86 in prod-payments.
const CANARY = 'general-x86-5fff4';

async function announced(page: Page, text: RegExp) {
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(text);
}

async function dragAbove(page: Page, handle: Locator, target: Locator) {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 15 });
  await page.mouse.up();
}

test('pools ordered by keyboard and mouse, a canary batch in wave 1, and the simulator upgrades in the predicted order', async ({ page, simulator }) => {
  // A long journey with a real 45 s simulated upgrade: on a loaded CI machine it ran past the 90 s default.
  test.slow();
  await page.goto('/');
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);
  await page.getByRole('radio', { name: 'v1.29' }).check();
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeVisible();
  await clickNext(page);

  // Node pool order: three pools ordered, then rearranged by keyboard and by mouse
  await expect(page.getByRole('heading', { level: 2, name: 'Node pool order' })).toBeVisible();
  await expect(page.getByText(/smaller pools \(fewer nodes\) first/)).toBeVisible();
  for (const pool of ['gpu-inference', 'memory-optimized', 'general-x86']) {
    await page.getByRole('button', { name: `Order ${pool}`, exact: true }).click();
  }
  const ordered = page.getByRole('list', { name: 'Upgrade first, in this order' });
  await expect(ordered.getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page, 'pool order step');

  const memoryHandle = page.getByRole('button', { name: 'Reorder pool memory-optimized' });
  await memoryHandle.focus();
  await page.keyboard.press('Space');
  await announced(page, /Picked up pool memory-optimized/);
  await page.keyboard.press('ArrowUp');
  await announced(page, /memory-optimized was moved to position 1 of 3/);
  await page.keyboard.press('Space');
  await announced(page, /memory-optimized was dropped at position 1 of 3/);

  await dragAbove(page, page.getByRole('button', { name: 'Reorder pool general-x86' }), ordered.getByRole('listitem').first());
  await expect(ordered.getByRole('listitem').nth(0)).toContainText('general-x86');
  await expect(ordered.getByRole('listitem').nth(1)).toContainText('memory-optimized');
  await expect(ordered.getByRole('listitem').nth(2)).toContainText('gpu-inference');
  await clickNext(page);

  // Node batches: upgrade-wave in [canary] on general-x86
  await expect(page.getByRole('heading', { level: 2, name: 'Node batches' })).toBeVisible();
  await page.getByRole('button', { name: /^general-x86 · \d+ nodes/ }).click();
  await page.getByRole('button', { name: 'Add batch to general-x86' }).click();
  await page.getByRole('combobox', { name: 'Label key for batch 1 in general-x86' }).fill('upgrade-wave');
  await page.getByLabel('Operator for batch 1 in general-x86').selectOption('in');
  const values = page.getByRole('combobox', { name: 'Values for batch 1 in general-x86' });
  await values.fill('canary');
  await values.press('Enter');
  await expect(page.getByRole('status', { name: 'Nodes matched by batch 1 in general-x86' })).toHaveText(/Matches 1 of 24 nodes/);
  await page.getByRole('button', { name: 'Show nodes for batch 1 in general-x86' }).click();
  await expect(page.getByRole('list', { name: 'Nodes matched by batch 1 in general-x86' })).toHaveText(CANARY);
  await expectAccessible(page, 'node batches step');
  await clickNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
  await clickNext(page);

  // Review: the body carries the order and the batch, and wave 1 is exactly the canary
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
  const preview = (await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '';
  const action = JSON.parse(preview).spec.clusterUpgradeAction;
  expect(Object.values(action.nodePoolOrder)).toEqual([3, 2, 1]);
  expect(Object.values(action.nodeOrder)).toEqual([[{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 1 }]]);
  await expect(page.getByRole('list', { name: 'Nodes in wave 1', exact: true })).toHaveText(CANARY);
  await expect(page.getByText(/^Wave 1 · general-x86 · 1 node$/)).toBeVisible();
  await expectAccessible(page, 'review with wave preview');

  // Pre-check (prod-payments' one node Risk accepted) and confirmation, as in the submit journey
  await passPreCheck(page);
  const checked = (await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '';
  expect(JSON.parse(checked).spec.clusterUpgradeAction).toEqual({ ...action, isOnlyUpgrade: true });
  await confirmSubmit(page, 'prod-payments');
  expect((await simulator.received('upgradeCluster')).map((r) => r.body)).toEqual([checked]);

  // The task view follows the waves: the canary upgrades first, and waves only ever move forward
  const currentWave = page.getByText(/^Current wave: \d+ of \d+/);
  await expect(currentWave).toHaveText(/^Current wave: 1 of \d+ \(general-x86\)/, { timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Nodes upgrading now' })).toHaveText(CANARY);
  await expectAccessible(page, 'task view with waves');
  await expect(currentWave).toHaveText(/^Current wave: 2 of /, { timeout: 15_000 });
  await expect(page.getByRole('list', { name: 'Nodes upgrading now' })).not.toContainText(CANARY);
});
