import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanningNode, PlanningPool } from '../../../shared/inventory';
import { emptyPlan, type Plan } from '../../../shared/plan';
import { computeWaves, orderPools } from '../../../shared/waves';
import { activateLocale } from '../../i18n/i18n';
import { ids, projectId } from '../../testing/fixtures';
import { action, planningPool } from '../../testing/planning-fixtures';
import { renderWithProviders } from '../../testing/render';
import { canary, estimateOf, fallback, general } from '../../testing/wave-fixtures';
import { ScheduleSection } from './components/schedule/ScheduleSection';
import { RolloutTimeline } from './components/timeline/lazy-entry';
import { DEFAULT_SETTINGS, SCHEDULE_KEY } from './schedule-settings';
import { useSchedule } from './use-schedule';

function timelineOf(pools: readonly PlanningPool[], nodes: readonly PlanningNode[], step: number, extra: Parameters<typeof action>[1] = {}) {
  const wave = action(step, extra);
  const ordered = orderPools(pools, wave.nodePoolOrder);
  return { estimate: estimateOf(computeWaves(ordered, nodes, wave)), pools: ordered };
}
// 4 waves of 1, 2, 3 and 2 nodes in 2 pools; the last two waves each take a whole pool, so their nodes are named.
const small = timelineOf([fallback.pool, general.pool], [...fallback.nodes, ...general.nodes], 4, { nodePoolOrder: { [ids.pool]: 10 }, nodeOrder: { [ids.pool]: [canary] } });

const chart = () => screen.getByRole('group', { name: '升级时间线' });
const bars = () => within(chart()).getAllByRole('img');

function Schedule({ plan, pools, nodes }: { plan: Plan; pools: PlanningPool[]; nodes: PlanningNode[] }) {
  return <ScheduleSection schedule={useSchedule(projectId, plan, pools, nodes)} />;
}
const plan: Plan = { ...emptyPlan(ids.prod), targetVersion: 'v1.29', userDefinedStep: 1, scope: 'NodePool', nodePoolOrder: { [ids.pool]: 10 }, nodeOrder: { [ids.pool]: [canary] } };

describe('rollout timeline and estimate in Chinese', () => {
  it('names the timeline’s bars, lanes and summary in Chinese, with Chinese durations and counts', async () => {
    await activateLocale('zh-CN');
    renderWithProviders(<RolloutTimeline {...small} />);
    expect(chart()).toHaveAttribute('aria-roledescription', '时间线');
    expect(bars().map((bar) => bar.getAttribute('aria-label'))).toEqual([
      '控制面',
      '第1波次，general',
      '第2波次，general',
      '第3波次，general',
      '第4波次，DefaultPool',
      '插件',
      '升级后验证',
    ]);
    expect(chart()).toHaveAccessibleDescription(
      '升级共4个波次，涉及2个节点池。预计在+1小时10分钟至+1小时49分钟之间结束。方向键在时间条之间移动，Home键和End键跳到第一个和最后一个时间条，加号键和减号键缩放。',
    );
    expect(bars()[0]).toHaveAccessibleDescription('开始：+0分钟。结束：+20分钟至+30分钟。耗时：20分钟至30分钟。');
    expect(screen.getByText('时间从升级开始时计算。实心：预估下限；斜线：延伸至预估上限。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '缩小' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '放大' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('缩放×1');
    expect(screen.getByText('集群')).toBeInTheDocument();
  });

  it('reads as a Chinese table, with 1, 2, 3 and more nodes in a wave', async () => {
    await activateLocale('zh-CN');
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    await user.click(screen.getByRole('button', { name: '以表格显示时间线' }));
    const table = screen.getByRole('region', { name: '升级时间线（表格）' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['阶段', '节点', '开始', '结束', '耗时']);
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('控制面整个集群+0分钟+20分钟至+30分钟20分钟至30分钟');
    expect(rows[2]).toHaveTextContent('第1波次 · general1个节点：general-0004。');
    expect(rows[3]).toHaveTextContent('第2波次 · general2个节点；具体节点由CCE选择，优先选择负载较低的节点。+29分钟至+44分钟+39分钟至+1小时10分钟至16分钟');
    expect(rows[4]).toHaveTextContent('第3波次 · general3个节点；具体节点由CCE选择');
    expect(rows[5]).toHaveTextContent('第4波次 · DefaultPool2个节点：DefaultPool-0001、DefaultPool-0002。');
    expect(rows[7]).toHaveTextContent('升级后验证整个集群');
    expect(screen.getByRole('button', { name: '隐藏时间线表格' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('names five nodes of a wave that takes a whole pool of eight, and counts the rest', async () => {
    await activateLocale('zh-CN');
    // Waves of 1, 2 and 4 nodes take the first pool; the next wave, of 8, takes the whole second pool, so its names are fixed.
    const seven = planningPool('DefaultPool', 'seven', 7);
    const eight = planningPool(ids.pool, 'eight', 8);
    const timeline = timelineOf([seven.pool, eight.pool], [...seven.nodes, ...eight.nodes], 8, { nodePoolOrder: { DefaultPool: 10 } });
    const { user } = renderWithProviders(<RolloutTimeline {...timeline} />);
    expect(bars()[4]).toHaveAttribute('aria-label', '第4波次，eight');
    await user.hover(bars()[4]!);
    expect(screen.getByRole('tooltip')).toHaveTextContent('第4波次 · eight8个节点：eight-0001、eight-0002、eight-0003、eight-0004、eight-0005及其他3个。开始：');
  });

  it.each([
    [0, '升级共0个波次，涉及1个节点池。', 'The upgrade runs 0 waves in 1 node pool.'],
    [1, '升级共1个波次，涉及1个节点池。', 'The upgrade runs 1 wave in 1 node pool.'],
    [2, '升级共2个波次，涉及1个节点池。', 'The upgrade runs 2 waves in 1 node pool.'],
  ])('counts %i waves in the summary in either language', async (count, chinese, english) => {
    // Step 1: one wave a node.
    const pool = planningPool(ids.pool, 'general', count);
    const view = renderWithProviders(<RolloutTimeline {...timelineOf([pool.pool], pool.nodes, 1)} />);
    expect(screen.getByRole('group', { name: 'Rollout timeline' })).toHaveAccessibleDescription(new RegExp(`^${english.replace(/\./g, '\\.')}`));
    view.unmount();
    await activateLocale('zh-CN');
    renderWithProviders(<RolloutTimeline {...timelineOf([pool.pool], pool.nodes, 1)} />);
    expect(chart()).toHaveAccessibleDescription(new RegExp(`^${chinese}`));
  });

  it('gives the estimate, the window and its fit, and the assumptions in Chinese', async () => {
    localStorage.setItem(
      SCHEDULE_KEY,
      JSON.stringify({ [ids.prod]: { ...DEFAULT_SETTINGS, window: { start: '2099-12-05T22:00', timeZone: 'Asia/Shanghai', minutes: 120 } } }),
    );
    await activateLocale('zh-CN');
    const { user } = renderWithProviders(<Schedule plan={plan} pools={[fallback.pool, general.pool]} nodes={[...fallback.nodes, ...general.nodes]} />);
    expect(screen.getByRole('heading', { level: 3, name: '升级时间线' })).toBeInTheDocument();
    // Once the add-ons are known, CCE moves two of them after the cluster (as in wave-preview.test.tsx).
    expect(await screen.findByText('预估时长：1小时2分钟至2小时25分钟')).toBeInTheDocument();
    expect(screen.getByText('预估时长：1小时2分钟至2小时25分钟').parentElement).toHaveTextContent(
      '预估时长：1小时2分钟至2小时25分钟——包括控制面、8个波次的节点升级、集群之后的插件升级和升级后验证。',
    );
    // The window in its own zone, 24-hour, with Chinese dates and durations.
    expect(screen.getByText(/^窗口：/)).toHaveTextContent(
      '窗口：12月5日周六 GMT+8 22:00至12月6日周日 GMT+8 00:00（2小时）。升级预计在12月5日周六 GMT+8 23:01至12月6日周日 GMT+8 00:25之间结束。',
    );
    expect(screen.getByRole('note')).toHaveTextContent('按预估的上限，计划将超出窗口25分钟。可使计划在窗口内完成的最小修改：将节点升级步长提高到3。');

    const fields = screen.getByRole('group', { name: '维护窗口' });
    expect(within(fields).getByLabelText('窗口开始时间')).toHaveValue('2099-12-05T22:00');
    expect(within(fields).getByRole('combobox', { name: '时区' })).toHaveValue('Asia/Shanghai');
    const hours = within(fields).getByRole('spinbutton', { name: '时长（小时）' });
    expect(within(fields).getByRole('button', { name: '删除窗口' })).toBeInTheDocument();
    await user.clear(hours);
    await user.type(hours, '200');
    expect(hours).toHaveAccessibleDescription('修正之前，计划没有维护窗口。时长必须为0.25~168小时。');
    await user.clear(hours);
    await user.type(hours, '1.75');
    expect(screen.getByRole('note')).toHaveTextContent(
      '按预估的上限，计划将超出窗口40分钟。可使计划在窗口内完成的最小修改：将步长范围改为“整个集群（Cluster）”，并将节点升级步长提高到3。',
    );
    await user.clear(hours);
    await user.type(hours, '1.5');
    expect(screen.getByRole('note')).toHaveTextContent(
      '按预估的上限，计划将超出窗口55分钟。可使计划在窗口内完成的最小修改：将节点升级步长设为2、步长范围设为“每个节点池内（NodePool）”，并分两个窗口升级：先升级general（31分钟至1小时13分钟，然后暂停升级）；再继续升级DefaultPool（21分钟至52分钟）。',
    );
    await user.clear(hours);
    await user.type(hours, '3');
    expect(await screen.findByText('即使按预估的上限，计划也能在窗口内完成。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '预估假设（分钟，可编辑）' }));
    const fixed = screen.getByRole('spinbutton', { name: '每个节点波次，固定耗时 上限' });
    await user.clear(fixed);
    await user.type(fixed, '1');
    expect(screen.getByText('每个节点波次，固定耗时：上限不能低于下限。')).toBeInTheDocument();
    const perNode = screen.getByRole('spinbutton', { name: '波次内每个节点，增加耗时 上限' });
    await user.clear(perNode);
    await user.click(perNode);
    await user.paste('100');
    expect(screen.getByText('波次内每个节点，增加耗时：上限不能超过60分钟。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '恢复为公开数据的默认值' })).toBeInTheDocument();
  });
});
