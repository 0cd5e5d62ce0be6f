import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import type { Wave } from '../../../shared/waves';
import { ids } from '../../testing/fixtures';
import { renderWizardAt } from '../../testing/upgrade-wizard';
import { activateLocale } from '../../i18n/i18n';
import { translate } from '../../i18n/parts/wizard';
import { describeSelector } from '../../lib/describe-selector';
import { scopeLabel } from '../../lib/scope-words';
import { batchLabel } from './batch-label';
import { poolAnnouncements } from './components/pool-order/pool-announcements';

// Rendering a step is slow on a loaded machine; these tests walk no further than one step each.
const SLOW = 120_000;

describe('the later wizard steps in Chinese', () => {
  it(
    'version step: the running version, the choices with how many upgrades each takes, and the route note',
    async () => {
      await activateLocale('zh-CN');
      const { user } = renderWizardAt('version', { clusterId: ids.prod, targetVersion: '' });
      expect(await screen.findByText(/当前版本为/)).toHaveTextContent('集群prod-a当前版本为v1.28.15-r30。');
      const group = await screen.findByRole('radiogroup');
      expect(within(group).getByRole('radio', { name: 'v1.29' })).toHaveAccessibleDescription('直接升级');
      expect(within(group).getByRole('radio', { name: 'v1.31' })).toHaveAccessibleDescription('需要升级2次：v1.28.15 → v1.29 → v1.31');
      expect(screen.getByRole('group', { name: '目标版本' })).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'v1.31' }));
      const note = screen.getByRole('note');
      expect(note).toHaveTextContent('升级到v1.31需要升级2次：v1.28.15 → v1.29 → v1.31');
      expect(note).toHaveTextContent('CCE每次只能将集群升级到升级路径上的下一个版本，因此本计划先升级到v1.29。');
    },
    SLOW,
  );

  it(
    'strategy step: the step size, both scopes, the cluster’s size and a step size out of range',
    async () => {
      await activateLocale('zh-CN');
      const { user } = renderWizardAt('strategy');
      expect(await screen.findByRole('heading', { level: 2, name: '升级策略' })).toBeInTheDocument();
      const input = await screen.findByRole('spinbutton', { name: '节点升级步长' });
      expect(input).toHaveAccessibleDescription('每批最大升级节点数：1~40，默认为20。');
      expect(screen.getByRole('group', { name: '步长范围' })).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: '整个集群（Cluster）' })).toHaveAccessibleDescription('各波次的节点数跨节点池持续增长（CCE默认）。');
      expect(screen.getByRole('radio', { name: '每个节点池内（NodePool）' })).toHaveAccessibleDescription('每个节点池内波次节点数从1重新开始。');
      expect(await screen.findByText('4个节点池，共10个节点')).toBeInTheDocument();
      await user.clear(input);
      await user.type(input, '41');
      await user.click(screen.getByRole('button', { name: '下一步' }));
      expect(await screen.findByText('节点升级步长不能大于40')).toBeInTheDocument();
      expect(input).toHaveAccessibleDescription('节点升级步长不能大于40');
    },
    SLOW,
  );

  it(
    'node pool order step: both lists, each pool’s node count and facts, and what a move announces',
    async () => {
      await activateLocale('zh-CN');
      const { user } = renderWizardAt('pool-order', { nodePoolOrder: { [ids.gpuPool]: 2, [ids.pool]: 1 } });
      expect(await screen.findByRole('heading', { level: 3, name: 'CCE默认顺序' })).toBeInTheDocument();
      const ordered = screen.getByRole('list', { name: '按此顺序优先升级' });
      expect(within(ordered).getByRole('button', { name: '上移general-x86' })).toHaveTextContent('上移');
      expect(within(ordered).getByRole('button', { name: '将general-x86恢复默认顺序' })).toHaveTextContent('恢复默认顺序');
      expect(within(ordered).getByRole('button', { name: '调整节点池gpu-inference的顺序' })).toBeInTheDocument();
      const byDefault = screen.getByRole('list', { name: 'CCE默认顺序' });
      const defaultPool = within(byDefault).getByRole('button', { name: '将DefaultPool设为优先' });
      expect(defaultPool).toHaveTextContent('设为优先');
      // DefaultPool has one node, general-x86 four.
      expect(within(byDefault).getByText('1个节点')).toBeInTheDocument();
      expect(within(ordered).getAllByText('4个节点').length).toBeGreaterThan(0);
      expect(within(ordered).getAllByText(/^ID .+ · 规格.+ · 架构.+ · 可用区.+$/).length).toBeGreaterThan(0);
      await user.click(within(ordered).getByRole('button', { name: '上移general-x86' }));
      expect(await screen.findByText('节点池general-x86已移至第1位，共2位。')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'node batches step: each pool’s summary with 0, 1 and 2 batches, a batch’s fields, its match count and its rule',
    async () => {
      await activateLocale('zh-CN');
      const twoBatches: Plan['nodeOrder'] = {
        [ids.pool]: [
          { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 2 },
          { nodeSelector: { key: 'rack', operator: 'exists' }, priority: 1 },
        ],
        [ids.gpuPool]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'exists' }, priority: 1 }],
      };
      const { user } = renderWizardAt('node-batches', { nodeOrder: twoBatches });
      expect(await screen.findByRole('button', { name: 'DefaultPool · 1个节点 · 无批次' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /^gpu-inference · \d+个节点 · 1个批次$/ })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'general-x86 · 4个节点 · 2个批次' }));
      const where = '节点池general-x86中的批次1';
      expect(screen.getByRole('list', { name: '节点池general-x86中的批次' })).toBeInTheDocument();
      expect(screen.getByText('批次1 · 优先级2')).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: `${where}的标签键` })).toHaveValue('upgrade-wave');
      expect(screen.getByRole('combobox', { name: `${where}的运算符` })).toHaveDisplayValue('in（值为其中之一）');
      expect(screen.getByRole('status', { name: `${where}匹配的节点` })).toHaveTextContent('共4个节点，匹配2个');
      expect(screen.getByRole('button', { name: `显示${where}的节点` })).toHaveTextContent('显示节点');
      expect(screen.getByRole('button', { name: `删除${where}` })).toHaveTextContent('删除');
      expect(screen.getByRole('button', { name: '向节点池general-x86添加批次' })).toHaveTextContent('添加批次');
      // "in" with no value yet: the schema's rule, said in Chinese beside the values.
      await user.selectOptions(screen.getByRole('combobox', { name: '节点池general-x86中的批次2的运算符' }), 'in');
      await user.click(screen.getByRole('button', { name: '下一步' }));
      expect(await screen.findByText('运算符in至少需要1个标签值')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'general-x86 · 4个节点 · 2个批次 · 需要处理' })).toBeInTheDocument();
    },
    SLOW,
  );

  it('pluralises counts at 0, 1, 2 and many, and says selectors, batches, scopes and drag announcements', async () => {
    const summary = (nodes: number, batches: number) => translate('wizard.batches.poolSummary', { pool: 'p', nodes, batches });
    expect([summary(0, 0), summary(1, 1), summary(2, 2), summary(2000, 12)]).toEqual([
      '<0>p</0> · no nodes · no batches',
      '<0>p</0> · 1 node · 1 batch',
      '<0>p</0> · 2 nodes · 2 batches',
      '<0>p</0> · 2,000 nodes · 12 batches',
    ]);
    const matches = (total: number) => translate('wizard.batch.matches', { matched: 0, total });
    expect([matches(0), matches(1), matches(2), matches(50)]).toEqual(['Matches 0 of 0 nodes', 'Matches 0 of 1 node', 'Matches 0 of 2 nodes', 'Matches 0 of 50 nodes']);
    expect(translate('wizard.startOver.undoFor', { seconds: 1 })).toBe('You can undo this for 1 second afterwards.');

    await activateLocale('zh-CN');
    expect([summary(0, 0), summary(1, 1), summary(2, 2), summary(2000, 12)]).toEqual([
      '<0>p</0> · 无节点 · 无批次',
      '<0>p</0> · 1个节点 · 1个批次',
      '<0>p</0> · 2个节点 · 2个批次',
      '<0>p</0> · 2,000个节点 · 12个批次',
    ]);
    expect([matches(0), matches(1), matches(2), matches(50)]).toEqual(['共0个节点，匹配0个', '共1个节点，匹配0个', '共2个节点，匹配0个', '共50个节点，匹配0个']);
    expect([1, 2, 10].map((seconds) => translate('wizard.startOver.undoFor', { seconds }))).toEqual([
      '您可在之后1秒内撤销此操作。',
      '您可在之后2秒内撤销此操作。',
      '您可在之后10秒内撤销此操作。',
    ]);
    expect([2, 3].map((hops) => translate('wizard.goal.hops', { hops, path: 'a → b' }))).toEqual(['需要升级2次：a → b', '需要升级3次：a → b']);

    expect(describeSelector({ key: 'upgrade-wave', operator: 'in', value: ['canary', 'beta'] })).toBe('upgrade-wave in canary、beta');
    expect(describeSelector({ key: 'gpu', operator: 'exists' })).toBe('存在标签gpu');
    expect(describeSelector({ key: 'spot', operator: '!' })).toBe('无标签spot');
    expect(describeSelector({ key: 'rack', operator: 'gt', value: ['2'] })).toBe('rack大于2');
    const wave = { poolId: 'p1', nodes: [{ batch: 1 }] } as unknown as Wave;
    const nodeOrder = { p1: [{ nodeSelector: { key: 'a', operator: 'exists' as const }, priority: 2 }, { nodeSelector: { key: 'b', operator: 'lt' as const, value: ['5'] }, priority: 1 }] };
    expect(batchLabel(wave, nodeOrder)).toBe('批次2：b小于5');
    expect(batchLabel(wave)).toBe('无批次');
    expect([scopeLabel('Cluster'), scopeLabel('NodePool')]).toEqual(['整个集群（Cluster）', '每个节点池内（NodePool）']);

    const pools = [{ id: 'a', name: 'gpu-inference' }, { id: 'b', name: 'general-x86' }] as never;
    const say = poolAnnouncements(pools, translate);
    const active = { id: 'a' } as never;
    expect(say.onDragStart({ active })).toBe('已拿起节点池gpu-inference，其当前位于第1位，共2位。');
    expect(say.onDragOver({ active, over: { id: 'b' } } as never)).toBe('节点池gpu-inference已移至第2位，共2位。');
    expect(say.onDragEnd({ active, over: null } as never)).toBe('节点池gpu-inference被放到列表之外，顺序未改变。');
  });
});
