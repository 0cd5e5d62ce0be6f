import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateLocale, type Locale } from '../../i18n/i18n';
import { translate } from '../../i18n/parts/task';
import { formatLocalTime, userTimeZone } from '../../lib/format-time';
import { saveSubmittedPlan } from '../../lib/submitted-plans';
import { ids, projectId, upgradeTask, upgradeTaskList } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { canaryFirstBody, failedAtWave2, nodePhases, START, taskSequence, withTimes } from '../../testing/upgrade-task';
import { mockVirtualLayout } from '../../testing/virtual-layout';
import { TaskView } from './components/TaskView';
import { UpgradeHistoryPage } from './components/UpgradeHistoryPage';
import { formatElapsed } from './task-timing';

const clock = { now: START };
const renderTask = () =>
  renderWithProviders(<TaskView projectId={projectId} clusterId={ids.prod} taskId={ids.task} pollMs={60_000} now={() => clock.now} tickMs={20} />);

const term = (text: string) => screen.getByText(text, { selector: 'dt' }).nextElementSibling;
const waveRows = () =>
  [...screen.getByRole('list', { name: '波次及其状态' }).children].map((item) => item.textContent?.replace(/[✓⟳○✕]\s*/, ''));
const items = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').map((item) => item.textContent);

beforeEach(async () => {
  mockVirtualLayout();
  clock.now = START + 65_000;
  await activateLocale('zh-CN');
});
afterEach(() => vi.restoreAllMocks());

describe('task view in Chinese', () => {
  it('while running: headings, phase and stage, node and wave counts, wave and pool states, started, elapsed and the estimate', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    taskSequence(withTimes(upgradeTask('Running', '40%', {}, { stage: 'Nodes', totalWaves: 7, currentWave: 3, totalNodes: 10, upgradedNodes: 2 })));
    nodePhases({ 'general-x86-3': 'Upgrading', 'general-x86-4': 'Upgrading' });
    renderTask();
    expect(screen.getByRole('heading', { level: 1, name: '升级任务' })).toBeInTheDocument();
    expect(await screen.findByText('当前波次：第3波次，共7个波次（general-x86）')).toBeInTheDocument();
    expect((await screen.findByText('prod-a')).closest('p')).toHaveTextContent(/^集群prod-a$/);
    expect(screen.getByText(`集群ID：${ids.prod} · 任务ID：${ids.task}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '此集群的全部升级任务' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '节点进度' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '插件' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['节点池', '波次']);

    // CCE's phase and stage in the planner's words; the counts from the same poll's nodes.
    expect(screen.getByRole('status', { name: '任务状态' })).toHaveTextContent('运行中');
    expect(term('阶段')).toHaveTextContent('正在升级节点');
    expect(term('节点')).toHaveTextContent(/^共10个节点，已升级2个，2个正在升级$/);
    expect(term('波次')).toHaveTextContent(/^第3波次，共7个波次$/);
    expect(term('版本')).toHaveTextContent('v1.28 → v1.29');
    expect(screen.getByRole('progressbar', { name: '升级进度' })).toHaveAttribute('aria-valuenow', '40');

    // Waves of 1 and 2 nodes, and pools of 1, 2, 3 and 4.
    expect(waveRows()).toEqual([
      '第1波次 · general-x86 · 1个节点已完成',
      '第2波次 · general-x86 · 1个节点已完成',
      '第3波次 · general-x86 · 2个节点升级中',
      '第4波次 · DefaultPool · 1个节点等待中',
      '第5波次 · gpu-inference · 2个节点等待中',
      '第6波次 · arm-batch · 2个节点等待中',
      '第7波次 · arm-batch · 1个节点等待中',
    ]);
    expect(screen.getByRole('region', { name: '波次进度' })).toBeInTheDocument();
    expect(items('各节点池的进度')).toEqual([
      'general-x86：共4个节点，已升级2个，2个正在升级',
      'DefaultPool：共1个节点，已升级0个',
      'gpu-inference：共2个节点，已升级0个',
      'arm-batch：共3个节点，已升级0个',
    ]);
    expect(items('正在升级的节点')).toEqual(['general-x86-3', 'general-x86-4']);
    expect(screen.getByText('正在升级：')).toBeInTheDocument();

    // Started in Chinese with the zone; elapsed ticking in Chinese units; the estimate as a range of times.
    expect(term('开始时间')).toHaveTextContent(`${formatLocalTime(START)}`);
    expect(term('开始时间')).toHaveTextContent(/^2026年\d+月\d+日 \d{2}:\d{2} /);
    expect(term('开始时间')).toHaveTextContent(userTimeZone());
    expect(term('已用时')).toHaveTextContent('1分钟5秒');
    clock.now += 60_000;
    await waitFor(() => expect(term('已用时')).toHaveTextContent('2分钟5秒'));
    await waitFor(() => expect(term('预估')).toHaveTextContent(/^预计在2026年.+至2026年.+之间完成（\d+分钟至\d+(小时|分钟).*后）。/));
    expect(term('预估')).toHaveTextContent('依据：规划器的时长模型，剩余的5个波次使用假设时长（此规划器尚未测得这些节点池足够多的升级数据）。');
    expect(screen.getByText('此页面每60秒向CCE查询一次；您可以先离开，稍后再回到此地址查看。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '规划下一次升级' })).toBeInTheDocument();
  });

  it('without the plan: per-pool node counts and the estimate from progress so far', async () => {
    clock.now = START + 10 * 60_000;
    taskSequence(withTimes(upgradeTask('Running', '25%', {}, { stage: 'Master' })));
    nodePhases({ 'gpu-inference-1': 'Upgrading', 'gpu-inference-2': 'Upgrading' });
    renderTask();
    expect(await screen.findByText(/^无法显示每个节点的进度：此浏览器没有提交此任务时所用计划的记录/)).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: '各节点池的节点' })).toBeInTheDocument();
    expect(items('各节点池的节点')).toEqual(['DefaultPool：1个节点', 'general-x86：4个节点', 'gpu-inference：2个节点，2个正在升级', 'arm-batch：3个节点']);
    expect(term('阶段')).toHaveTextContent('正在升级控制面');
    expect(term('预估')).toHaveTextContent(`预计在${formatLocalTime(START + 40 * 60_000)}左右完成（约30分钟后）。`);
    expect(term('预估')).toHaveTextContent('依据：目前的进度（10分钟内完成了25%），按相同速度推算。');
    expect(screen.getByText('CCE和此浏览器均未记录此任务升级哪些插件，因此不显示插件进度。CCE控制台中列出了每个插件的状态。')).toBeInTheDocument();
  });

  it('after a failure in wave 2: the failure panel, the failed wave and its Abnormal node, when it stopped and how long it ran; CCE’s reason verbatim', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    taskSequence(failedAtWave2());
    nodePhases({ 'general-x86-2': 'Abnormal' });
    const { user } = renderTask();
    expect(await screen.findByText('在第2波次失败，共7个波次（general-x86）。')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '任务状态' })).toHaveTextContent('失败');
    expect(term('节点')).toHaveTextContent(/^共10个节点，已升级1个，1个失败（状态为Abnormal）$/);
    expect(term('波次')).toHaveTextContent('停止于第2波次，共7个波次');
    expect(term('耗时')).toHaveTextContent('11分钟20秒');
    expect(term('停止时间')).toHaveTextContent(formatLocalTime(Date.UTC(2026, 10, 30, 6, 3, 10)));
    expect(term('预估')).toHaveTextContent('升级已停止，暂无预估。');
    expect(waveRows().slice(0, 3)).toEqual(['第1波次 · general-x86 · 1个节点已完成', '第2波次 · general-x86 · 1个节点失败（Abnormal：general-x86-2）', '第3波次 · general-x86 · 2个节点等待中']);
    expect(items('失败的节点')).toEqual(['general-x86-2']);
    expect(screen.getByText('失败（CCE报告其状态为Abnormal）：')).toBeInTheDocument();

    const panel = screen.getByText('升级失败').closest<HTMLElement>('[role="alert"]')!;
    expect(panel).toHaveTextContent('原因：NodeUpgradeFailed — general-x86-2 failed to drain');
    expect(panel).toHaveTextContent('升级停止于第2波次，共7个波次。');
    expect(panel).toHaveTextContent('CCE报告以下1个节点的状态为Abnormal：');
    expect(within(panel).getByRole('list', { name: '状态为Abnormal的节点' })).toHaveTextContent('general-x86-2');
    expect(panel).toHaveTextContent(/后续操作：先修复CCE在上方指出的原因/);
    await user.click(await within(panel).findByRole('button', { name: '重试升级…' }));
    const dialog = screen.getByRole('dialog', { name: '重试升级？' });
    expect(dialog).toHaveTextContent(`CCE会从任务${ids.task}停止的位置（第2波次）继续执行，不会开始新的升级。`);
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '重试升级' })).toBeInTheDocument();
  });
});

describe('upgrade history in Chinese', () => {
  const task = (uid: string, phase: string, from: string, to: string, created: string, ended?: string) => ({
    ...upgradeTask(phase, phase === 'Success' ? '100%' : '40%'),
    metadata: { uid, creationTimestamp: created, updateTimestamp: ended ?? created },
    spec: { version: from, targetVersion: to, items: {} },
    status: { phase, ...(ended && phase === 'Success' ? { completionTime: ended } : {}) },
  });
  const answer = (list: ReturnType<typeof task>[]) => server.use(http.get(cceRoute('listUpgradeTasks'), () => HttpResponse.json(upgradeTaskList(list))));
  const renderHistory = () => renderWithProviders(<UpgradeHistoryPage projectId={projectId} clusterId={ids.prod} pollMs={60_000} />);

  it('lists the tasks with outcomes, versions, local start with the zone and durations in Chinese', async () => {
    answer([
      task('quick-task', 'Success', 'v1.26.15-r10', 'v1.27', '2026-06-01T08:00:00Z', '2026-06-01T08:00:40Z'),
      task('older-task', 'Success', 'v1.27.16-r40', 'v1.28', '2026-09-01T08:00:00Z', '2026-09-01T09:30:00Z'),
      task('failed-task', 'Failed', 'v1.28.15-r30', 'v1.29', '2026-11-30T05:51:49Z', '2026-11-30T06:16:49Z'),
      task('running-task', 'Running', 'v1.28.15-r30', 'v1.29', '2026-11-30T07:00:00Z'),
    ]);
    renderHistory();
    expect(screen.getByRole('heading', { level: 1, name: '升级历史' })).toBeInTheDocument();
    expect(await screen.findByText('CCE为prod-a保留的升级任务，最新的在前。')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '升级任务' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['开始时间', '结果', '源版本 → 目标版本', '时长', '任务']);
    const [, running, failed, older, quick] = within(table).getAllByRole('row');
    expect(running).toHaveTextContent('运行中');
    expect(running).toHaveTextContent('已进行');
    expect(failed).toHaveTextContent('失败');
    expect(failed).toHaveTextContent('25分钟');
    expect(older).toHaveTextContent('成功');
    expect(older).toHaveTextContent('v1.27.16-r40 → v1.28');
    expect(older).toHaveTextContent('1小时30分钟');
    expect(quick).toHaveTextContent('不到1分钟');
    expect(within(older!).getByRole('rowheader')).toHaveTextContent(`${formatLocalTime(Date.UTC(2026, 8, 1, 8))}`);
    expect(within(older!).getByRole('rowheader')).toHaveTextContent(/^2026年\d+月\d+日 \d{2}:\d{2} /);
    expect(within(older!).getByRole('link')).toHaveAccessibleName(`打开任务（开始于${formatLocalTime(Date.UTC(2026, 8, 1, 8))}）`);
    expect(within(table).getAllByRole('link', { name: /^打开任务（开始于/ })).toHaveLength(4);
    expect(screen.getByRole('link', { name: '规划集群升级' })).toBeInTheDocument();
  });

  it('says so in Chinese when CCE lists no tasks', async () => {
    answer([]);
    renderHistory();
    expect(await screen.findByText('CCE未列出此集群的升级任务。提交升级后，任务会显示在此处。')).toBeInTheDocument();
  });
});

describe('task words with counts', () => {
  const say = async (locale: Locale, id: Parameters<typeof translate>[0], values: Record<string, unknown>) => {
    await activateLocale(locale);
    return translate(id, values);
  };

  it.each<[Locale, Parameters<typeof translate>[0], Record<string, unknown>, string]>([
    ['en', 'task.failure.abnormal', { count: 1 }, 'CCE reports this node as Abnormal:'],
    ['en', 'task.failure.abnormal', { count: 2 }, 'CCE reports these 2 nodes as Abnormal:'],
    ['en', 'task.failure.abnormal', { count: 12 }, 'CCE reports these 12 nodes as Abnormal:'],
    ['zh-CN', 'task.failure.abnormal', { count: 1 }, 'CCE报告以下1个节点的状态为Abnormal：'],
    ['zh-CN', 'task.failure.abnormal', { count: 12 }, 'CCE报告以下12个节点的状态为Abnormal：'],
    ['en', 'task.summary.counts', { total: 12, upgraded: 0, upgrading: 0, abnormal: 0 }, '0 of 12 upgraded'],
    ['en', 'task.summary.counts', { total: 12, upgraded: 1, upgrading: 3, abnormal: 2 }, '1 of 12 upgraded, 3 upgrading now, 2 failed (Abnormal)'],
    ['zh-CN', 'task.summary.counts', { total: 12, upgraded: 0, upgrading: 0, abnormal: 0 }, '共12个节点，已升级0个'],
    ['en', 'task.wave.row', { wave: 1, pool: 'p', nodes: 1 }, 'Wave 1 · p · 1 node'],
    ['en', 'task.wave.row', { wave: 2, pool: 'p', nodes: 2 }, 'Wave 2 · p · 2 nodes'],
    ['en', 'task.nodes.poolRow', { pool: 'p', total: 0, upgrading: 0, abnormal: 0 }, 'p: 0 nodes'],
    ['en', 'task.nodes.allDone', { total: 1 }, 'The only wave is done.'],
    ['en', 'task.nodes.allDone', { total: 7 }, 'All 7 waves are done.'],
    ['zh-CN', 'task.nodes.allDone', { total: 1 }, '1个波次已全部完成。'],
    ['zh-CN', 'task.nodes.allDone', { total: 7 }, '7个波次已全部完成。'],
    ['en', 'task.timing.basisAssumed', { left: 1 }, 'Basis: the planner’s duration model, with assumed durations for the 1 wave left (this planner has not measured enough upgrades of these node pools yet).'],
    ['zh-CN', 'task.timing.basisMeasured', { left: 2 }, '依据：规划器的时长模型，剩余的2个波次使用此集群以往升级中测得的时长。'],
    ['en', 'task.throttle.text', { seconds: 1 }, 'CCE is throttling requests (HTTP 429). The planner will read the task again in 1 second, as CCE asked; what is shown below is the last state it read.'],
    ['zh-CN', 'task.throttle.text', { seconds: 30 }, 'CCE正在对请求限流（HTTP 429）。规划器将按CCE的要求在30秒后重新读取任务；下方显示的是最后一次读取到的状态。'],
    ['en', 'task.retry.unknownText', { minutes: 1 }, 'The connection ended before CCE answered. This page keeps reading the task: if its phase moves from Failed to Running, the retry started. If it is still Failed after 1 minute, the retry did not start; retry again.'],
  ])('%s %s %j', async (locale, id, values, text) => {
    expect(await say(locale, id, values)).toBe(text);
  });

  it('reads elapsed times in Chinese units', async () => {
    await activateLocale('zh-CN');
    expect([45_999, 60_000, 185_000, 3_600_000, 3_779_000].map(formatElapsed)).toEqual(['45秒', '1分钟', '3分钟5秒', '1小时', '1小时2分钟']);
  });
});
