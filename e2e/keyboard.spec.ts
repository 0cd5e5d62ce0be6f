import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/** Every key goes through here, so the journey's cost is the number a keyboard user pays: each character typed counts. */
class CountedKeyboard {
  presses = 0;
  private readonly log: string[] = [];

  constructor(private readonly page: Page) {}

  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.presses++;
    }
    this.log.push(times === 1 ? key : `${key}×${times}`);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
    this.presses += text.length;
    this.log.push(`"${text}"`);
  }

  /** Tab (or Shift+Tab) until `target` has focus, as a user does while watching the focus ring; fails past `max` stops. */
  async tabTo(target: Locator, { backwards = false, max = 12 } = {}) {
    const key = backwards ? 'Shift+Tab' : 'Tab';
    for (let i = 1; i <= max; i++) {
      await this.page.keyboard.press(key);
      this.presses++;
      if (await target.evaluate((element) => element === document.activeElement)) {
        this.log.push(`${key}×${i}`);
        return;
      }
    }
    throw new Error(`${target} did not get focus within ${max} presses of ${key}; the keys so far: ${this.log.join(' ')}`);
  }

  get journey() {
    return this.log.join(' ');
  }
}

/** What has focus, as a screen reader names it. */
const focused = (page: Page) => page.locator(':focus');

test('a keyboard-only user plans prod-payments with a batch and an add-on patch, checks and submits it in at most 80 key presses', async ({ page, simulator: _freshFleet }) => {
  // A long journey with an axe check on every page and two pre-upgrade checks: more than the default 90 s on a busy machine.
  test.setTimeout(300_000);
  const keys = new CountedKeyboard(page);
  const stepHeading = (name: string) => page.getByRole('heading', { level: 2, name });
  const arriveAt = async (name: string) => {
    // A new step puts focus on its heading, not at the page's start or end.
    await expect(stepHeading(name)).toBeFocused();
  };
  const skipToActions = page.getByRole('link', { name: 'Skip to the step’s actions' });
  const next = page.getByRole('button', { name: 'Next' });

  await page.goto('/');
  const prodPayments = page.getByRole('radio', { name: 'prod-payments' });
  await expect(prodPayments).toBeVisible();
  await expectAccessible(page, 'cluster step');

  // Cluster: the radio group is one tab stop; Space chooses, Enter submits the step's form (Next is its submit button).
  await keys.tabTo(prodPayments);
  await keys.press('Space');
  await expect(prodPayments).toBeChecked();
  await keys.press('Enter');
  await arriveAt('Target version');

  // Target version
  const v129 = page.getByRole('radio', { name: 'v1.29' });
  await expect(v129).toBeVisible();
  await keys.tabTo(v129);
  await keys.press('Space');
  await expect(v129).toBeChecked();
  await keys.press('Enter');
  await arriveAt('Rollout strategy');

  // Strategy: tabbing into the step size selects it, so typing replaces it.
  const stepSize = page.getByRole('spinbutton', { name: 'Node step size' });
  // The step's code loads on arrival (it is not part of the first screen): a user waits for its fields before tabbing.
  await expect(stepSize).toBeVisible();
  await keys.tabTo(stepSize);
  await keys.type('8');
  await expect(stepSize).toHaveValue('8');
  await expect(page.getByRole('heading', { level: 3, name: 'Rollout timeline' })).toBeVisible();
  await expectAccessible(page, 'strategy step');
  await keys.press('Enter');
  await arriveAt('Node pool order');

  // Pool order: general-x86 first. The Order buttons are one tab stop; End reaches the last pool, the biggest.
  const order = page.getByRole('button', { name: 'Order general-x86' });
  await expect(order).toBeVisible();
  await keys.tabTo(page.getByRole('button', { name: 'Order DefaultPool' }));
  await keys.press('End');
  await expect(order).toBeFocused();
  // Its Order button goes away; focus follows the pool to its handle in the ordered list.
  await keys.press('Enter');
  await expect(focused(page)).toHaveAccessibleName('Reorder pool general-x86');
  await expectAccessible(page, 'pool order step');
  // Past the pools and the rollout timeline: the skip link just before the heading leads to Next.
  await keys.tabTo(skipToActions, { backwards: true });
  await expect(skipToActions).toBeVisible();
  await keys.press('Enter');
  await expect(next).toBeFocused();
  await keys.press('Enter');
  await arriveAt('Node batches');

  // Node batches: general-x86 upgrades first, so it is listed first; a batch of its canary nodes.
  const pool = page.getByRole('button', { name: /^general-x86 · 24 nodes/ });
  // The step's content loads on arrival: a user waits for it before moving on.
  await expect(pool).toBeVisible();
  await keys.tabTo(pool);
  await keys.press('Enter');
  const add = page.getByRole('button', { name: 'Add batch to general-x86' });
  await keys.tabTo(add);
  await keys.press('Enter');
  const where = 'batch 1 in general-x86';
  await expect(page.getByRole('combobox', { name: `Label key for ${where}` })).toBeFocused();
  await keys.type('upg');
  await expect(page.getByRole('option', { name: 'upgrade-wave' })).toBeVisible();
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(page.getByRole('combobox', { name: `Label key for ${where}` })).toHaveValue('upgrade-wave');
  const values = page.getByRole('combobox', { name: `Values for ${where}` });
  await keys.tabTo(values);
  await keys.type('c');
  await expect(page.getByRole('option', { name: 'canary' })).toBeVisible();
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(page.getByRole('status', { name: `Nodes matched by ${where}` })).toHaveText(/^Matches [1-9]\d* of 24 nodes$/);
  await expectAccessible(page, 'node batches step');
  // The value is chosen and the list closed: Enter in the field now submits the step.
  await keys.press('Enter');
  await arriveAt('Add-ons');

  // Add-ons: "Patch to 1.29.5" goes once pressed; focus stays on coredns's card, on the switch that now says it is patched.
  const coredns = page.getByRole('region', { name: 'coredns' });
  const patch = coredns.getByRole('button', { name: 'Patch to 1.29.5' });
  await expect(patch).toBeVisible();
  await keys.tabTo(patch);
  await keys.press('Enter');
  await expect(patch).toBeHidden();
  const corednsSwitch = coredns.getByRole('switch', { name: 'Patch coredns' });
  await expect(corednsSwitch).toBeFocused();
  await expect(corednsSwitch).toBeChecked();
  await expectAccessible(page, 'add-ons step with a patch');
  await keys.tabTo(skipToActions, { backwards: true });
  await keys.press('Enter');
  await expect(next).toBeFocused();
  await keys.press('Enter');
  await arriveAt('Review and submit');

  // Review: the plan as chosen.
  const json = page.getByRole('region', { name: 'Upgrade request JSON' });
  const action = JSON.parse((await json.textContent()) ?? '').spec.clusterUpgradeAction;
  expect(action).toMatchObject({
    targetVersion: 'v1.29',
    strategy: { inPlaceRollingUpdate: { userDefinedStep: 8, scope: 'Cluster' } },
    addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5' }],
  });
  // general-x86, by its pool id: ordered first, with one batch.
  const [generalX86] = Object.keys(action.nodePoolOrder);
  expect(Object.values(action.nodePoolOrder)).toEqual([1]);
  expect(action.nodeOrder).toEqual({ [generalX86!]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 1 }] });
  await expectAccessible(page, 'review step');

  // The skip link leads to the pre-upgrade check while it is needed; the result heading takes focus when it finishes.
  const run = page.getByRole('button', { name: 'Run pre-upgrade check' });
  await expect(run).toBeEnabled();
  await keys.tabTo(skipToActions, { backwards: true });
  await keys.press('Enter');
  await expect(run).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 4, name: /^Check result: 1 finding$/ })).toBeFocused({ timeout: 20_000 });
  await expectAccessible(page, 'pre-check findings');

  // prod-payments reports one node Risk: accept it with a reason; the re-run lands on its result heading too.
  const acceptRisk = page.getByRole('button', { name: /^Accept risk / });
  await keys.tabTo(acceptRisk);
  await keys.press('Enter');
  await expect(page.getByRole('textbox', { name: /^Reason for accepting / })).toBeFocused();
  await keys.type('drained OK');
  await keys.tabTo(page.getByRole('button', { name: 'Accept and run the check again' }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 4, name: 'Check result: no findings' })).toBeFocused({ timeout: 20_000 });
  await expect(page.getByText('The pre-upgrade check passed')).toBeVisible();
  await expectAccessible(page, 'pre-check passed');

  // Submit: the confirmation dialog's field has focus; the cluster name typed, Enter confirms.
  await keys.tabTo(page.getByRole('button', { name: 'Submit upgrade' }));
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Start the upgrade of prod-payments?' });
  const confirmName = dialog.getByRole('textbox', { name: 'Type the cluster name to confirm' });
  await expect(confirmName).toBeFocused();
  await expectAccessible(page, 'confirmation dialog');
  await keys.type('prod-payments');
  await keys.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeFocused();
  expect(await _freshFleet.received('upgradeCluster')).toHaveLength(1);
  await expectAccessible(page, 'task view');
  expect(keys.presses, keys.journey).toBeLessThanOrEqual(80);
  test.info().annotations.push({ type: 'key presses', description: `${keys.presses}: ${keys.journey}` });
});
