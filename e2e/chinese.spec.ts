import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectNoSideScroll, expectNothingCutOff, expectTouchTarget } from './layout';

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

  test('a plan is made, checked, confirmed and submitted in Chinese by tapping, the language choice survives reloads, and the upgrade succeeds', async ({ page, simulator }) => {
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
    await expectTouchTarget(cluster, 'the prod-payments radio');
    await cluster.tap();
    await expect(cluster).toBeChecked();
    const next = page.getByRole('button', { name: '下一步' });
    await expectTouchTarget(next, '下一步 (Next)');
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '目标版本' })).toBeVisible(slow);
    const version = page.getByRole('radio', { name: /^v1\.29\b/ });
    await expectTouchTarget(version, 'the v1.29 radio');
    await version.tap();
    await expect(version).toBeChecked();
    await expectTouchTarget(page.getByRole('button', { name: '上一步' }), '上一步 (Back)');
    await expectPageFits(page, '目标版本 (version step)');
    await next.tap();

    await expect(page.getByRole('heading', { level: 2, name: '升级策略' })).toBeVisible(slow);
    await expect(page.getByRole('spinbutton', { name: '节点升级步长' })).toHaveValue('20');
    await expectPageFits(page, '升级策略 (strategy step)');
    await next.tap();

    // Node pool order: one pool put first by tapping its Order button
    await expect(page.getByRole('heading', { level: 2, name: '节点池升级顺序' })).toBeVisible(slow);
    const order = page.getByRole('button', { name: '将gpu-inference设为优先', exact: true });
    await expect(order).toBeVisible(slow);
    await expectTouchTarget(order, 'Order gpu-inference');
    await order.tap();
    await expect(page.getByRole('list', { name: '按此顺序优先升级' }).getByRole('listitem')).toHaveCount(1);
    await expectPageFits(page, '节点池升级顺序 (pool order step)');
    await next.tap();

    // Node batches: a pool opens by tapping its summary, which shows it can open
    await expect(page.getByRole('heading', { level: 2, name: '节点批次' })).toBeVisible(slow);
    const pool = page.getByRole('button', { name: /^general-x86 · \d+个节点/ });
    await expect(pool).toHaveAttribute('aria-expanded', 'false', slow);
    await expect(pool.locator('svg')).toBeVisible();
    await expectTouchTarget(pool, 'the general-x86 pool');
    await pool.tap();
    await expect(page.getByRole('button', { name: '向节点池general-x86添加批次' })).toBeVisible();
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
    const run = page.getByRole('button', { name: '执行升级前检查' });
    await expectTouchTarget(run, '执行升级前检查 (Run pre-upgrade check)');
    await run.tap();
    await expect(page.getByRole('status', { name: '升级前检查状态' })).toHaveText(/^检查已完成/, slow);
    await expectPageFits(page, '升级前检查结果 (pre-check findings)');
    const accept = page.getByRole('button', { name: /^接受风险项/ }).first();
    await expectTouchTarget(accept, '接受风险项 (Accept risk)');
    await accept.tap();
    await page.getByRole('textbox', { name: /^接受.+的理由$/ }).fill('节点会先被排空，风险可以接受');
    await page.getByRole('button', { name: '接受并重新执行检查' }).tap();
    await expect(page.getByText('升级前检查已通过')).toBeVisible(slow);
    const preview = (await json.textContent()) ?? '';

    // The copy message does not cover the wizard's Back
    await page.getByRole('button', { name: '复制JSON' }).tap();
    const copied = page.getByText('请求JSON已复制到剪贴板。');
    await expect(copied).toBeVisible();
    const back = page.getByRole('button', { name: '上一步' });
    await back.scrollIntoViewIfNeeded();
    const [message, backBox] = [(await copied.boundingBox())!, (await back.boundingBox())!];
    const overlaps =
      message.x < backBox.x + backBox.width && backBox.x < message.x + message.width && message.y < backBox.y + backBox.height && backBox.y < message.y + message.height;
    expect(overlaps, 'the copy message covers Back').toBe(false);

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
    const submit = page.getByRole('button', { name: '提交升级' });
    await expectTouchTarget(submit, '提交升级 (Submit upgrade)');
    await submit.tap();
    const dialog = page.getByRole('dialog', { name: '确定开始升级集群prod-payments？' });
    await dialog.getByRole('textbox', { name: '输入集群名称以确认' }).fill('prod-payments');
    await expectPageFits(page, '确认对话框 (confirmation dialog)');
    const confirm = dialog.getByRole('button', { name: '确认升级' });
    await expectTouchTarget(confirm, '确认升级 (Confirm upgrade)');
    await confirm.tap();

    // Task view, until CCE (the simulator, 45 s) reports Success
    await expect(page.getByRole('heading', { level: 1, name: '升级任务' })).toBeVisible(slow);
    await expect(page.getByRole('progressbar', { name: '升级进度' })).toBeVisible(slow);
    expect((await simulator.received('upgradeCluster')).map((request) => request.body)).toEqual([preview]);
    await expectPageFits(page, '升级任务进行中 (task view while running)');
    await expect(page.getByText('升级成功')).toBeVisible({ timeout: 90_000 });
    await expectPageFits(page, '升级成功 (task view after success)');
  });

  test('when the first screen’s code cannot load, it says so in Chinese, on a phone, with a way on', async ({ page }) => {
    // Chinese is a chunk of its own that loads first: the failure waits for it rather than speaking English.
    await page.route(/\/assets\/page-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText('规划器未能加载：网络连接中断，或页面加载期间规划器已更新。请刷新页面；您的计划会保留。', slow);
    await expectTouchTarget(page.getByRole('button', { name: '刷新页面' }), 'the Reload button');
    await expectPageFits(page, '加载失败 (first screen failed to load)');
  });
});
