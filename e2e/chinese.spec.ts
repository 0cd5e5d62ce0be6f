import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectNoSideScroll, expectNothingCutOff } from './layout';

// The review step, the pre-check and the task view read the live cluster: generous on a busy two-core machine.
const slow = { timeout: 20_000 };

/** Each page in Chinese on a phone: nothing scrolls sideways, no text is cut off (screenshot attached), axe is clean. */
async function expectPageFits(page: Page, where: string) {
  await expectNoSideScroll(page, where);
  await expectNothingCutOff(page, where);
  await expectAccessible(page, where);
}

test.describe('in Chinese on a phone', () => {
  // A browser set to Simplified Chinese, on iPhone 13's screen with touch: the planner speaks Chinese unasked.
  test.use({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

  test('a plan is made, checked, confirmed and submitted in Chinese, the language choice survives reloads, and the upgrade succeeds', async ({ page, simulator }) => {
    // Planning, two reloads and the simulator's 45 s upgrade on a phone-sized page.
    test.setTimeout(360_000);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '规划集群升级' })).toBeVisible(slow);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle('规划集群升级 — CCE集群升级规划');
    await expect(page.getByText(/^演示模式：/)).toBeVisible();
    const cluster = page.getByRole('radio', { name: 'prod-payments' });
    await expect(cluster).toBeVisible(slow);
    await expectPageFits(page, '集群 (cluster step)');
    await cluster.tap();
    const next = page.getByRole('button', { name: '下一步' });
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '目标版本' })).toBeVisible(slow);
    await page.getByRole('radio', { name: /^v1\.29\b/ }).tap();
    await expectPageFits(page, '目标版本 (version step)');
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '升级策略' })).toBeVisible(slow);
    await expect(page.getByRole('spinbutton', { name: '节点升级步长' })).toHaveValue('20');
    await expectPageFits(page, '升级策略 (strategy step)');
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '节点池升级顺序' })).toBeVisible(slow);
    await expectPageFits(page, '节点池升级顺序 (pool order step)');
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '节点批次' })).toBeVisible(slow);
    await expectPageFits(page, '节点批次 (node batches step)');
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '插件' })).toBeVisible(slow);
    await expectPageFits(page, '插件 (add-ons step)');
    await next.tap();

    // Review: the request JSON is CCE's, untranslated; the words around it are Chinese
    await expect(page.getByRole('heading', { level: 2, name: '确认并提交' })).toBeVisible(slow);
    const json = page.getByRole('region', { name: '升级请求JSON' });
    await expect(json).toContainText('"targetVersion": "v1.29"', slow);
    await expectPageFits(page, '确认并提交 (review step)');

    // Pre-upgrade check: one node Risk, accepted with a reason, and the re-run passes
    await page.getByRole('button', { name: '执行升级前检查' }).tap();
    await expect(page.getByRole('status', { name: '升级前检查状态' })).toHaveText(/^检查已完成/, slow);
    await expectPageFits(page, '升级前检查结果 (pre-check findings)');
    await page.getByRole('button', { name: /^接受风险项/ }).first().tap();
    await page.getByRole('textbox', { name: /^接受.+的理由$/ }).fill('节点会先被排空，风险可以接受');
    await page.getByRole('button', { name: '接受并重新执行检查' }).tap();
    await expect(page.getByText('升级前检查已通过')).toBeVisible(slow);
    const preview = (await json.textContent()) ?? '';

    // The switch: English is kept across a reload though the browser asks for Chinese, then Chinese again
    const switcher = page.getByRole('group', { name: '语言' });
    await switcher.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible(slow);
    await expect(page.getByText('The pre-upgrade check passed')).toBeVisible(slow);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: '确认并提交' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: '确认并提交' })).toBeVisible(slow);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('region', { name: '升级请求JSON' })).toHaveText(preview);

    // Confirm by typing the cluster's name (a name, not translated), then submit
    await page.getByRole('button', { name: '提交升级' }).tap();
    const dialog = page.getByRole('dialog', { name: '确定开始升级集群prod-payments？' });
    await dialog.getByRole('textbox', { name: '输入集群名称以确认' }).fill('prod-payments');
    await expectPageFits(page, '确认对话框 (confirmation dialog)');
    await dialog.getByRole('button', { name: '确认升级' }).tap();

    // Task view, until CCE (the simulator, 45 s) reports Success
    await expect(page.getByRole('heading', { level: 1, name: '升级任务' })).toBeVisible(slow);
    await expect(page.getByRole('progressbar', { name: '升级进度' })).toBeVisible(slow);
    expect((await simulator.received('upgradeCluster')).map((request) => request.body)).toEqual([preview]);
    await expectPageFits(page, '升级任务进行中 (task view while running)');
    await expect(page.getByText('升级成功')).toBeVisible({ timeout: 90_000 });
    await expectPageFits(page, '升级成功 (task view after success)');
  });
});
