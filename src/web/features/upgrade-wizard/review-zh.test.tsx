import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { preCheckTask } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { findRunButton, renderWizardAt } from '../../testing/upgrade-wizard';
import { mockVirtualLayout } from '../../testing/virtual-layout';
import { planOf, smallWavePreview as small } from '../../testing/wave-fixtures';
import { WavePreview } from './components/WavePreview';

const waveItems = () => [...screen.getByRole('list', { name: '预测的波次' }).children] as HTMLElement[];

const NODE = { uid: 'a0000000-0000-4000-8000-000000000002', name: 'general-x86-1' };
const nodeRisk = { name: 'NodeKernelVersion', kind: 'Risk', group: 'NodeCheck', level: 'Warning', phase: 'Failed', message: 'Kernel 4.18 has a known cgroup issue', riskSource: { nodeRisks: [{ NodeID: NODE.uid }] } };
const limitException = { name: 'ClusterQuota', kind: 'Exception', group: 'LimitCheck', level: 'Fatal', phase: 'Failed', message: 'Not enough ECS quota to add a surge node' };

/** CreatePreCheck starts a task; ShowPreCheck answers with `shown` from then on. */
function checkAnswers(shown: ReturnType<typeof preCheckTask>) {
  server.use(
    http.post(cceRoute('createPreCheck'), () => HttpResponse.json(preCheckTask('Init'))),
    http.get(cceRoute('showPreCheck'), () => HttpResponse.json(shown)),
  );
}

describe('the review step in Chinese', () => {
  it('previews the waves in Chinese, with node counts at 0, 1, 2 and many', async () => {
    await activateLocale('zh-CN');
    mockVirtualLayout();
    const view = renderWithProviders(<WavePreview {...small} />);
    expect(screen.getByRole('heading', { level: 3, name: '波次预览' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '计划警告' })).toBeInTheDocument();
    expect(screen.getByText('这是根据CCE文档所述升级规则做出的预测，并非保证：最终顺序由CCE在升级时决定。')).toBeInTheDocument();
    expect(screen.getByText('共4个波次、8个节点。')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: '按升级顺序排列的节点池：' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'general（优先级10，6个节点）',
      'DefaultPool（CCE默认顺序，2个节点）',
    ]);
    const items = waveItems();
    expect(items[0]).toHaveTextContent('第1波次 · general · 1个节点');
    expect(within(items[0]!).getByRole('list', { name: '第1波次的节点' })).toHaveTextContent('general-0004');
    expect(items[1]).toHaveTextContent('第2波次 · general · 2个节点');
    expect(items[1]).toHaveTextContent('节点池general中的2个节点，由CCE从未被任何批次选中、且未在之前波次中升级的5个节点中选出（优先选择负载较低的节点）。');
    expect(within(items[1]!).getByRole('button', { name: '显示候选节点（5）' })).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('第3波次 · general · 3个节点');
    expect(items[2]).toHaveTextContent('节点池general中的3个节点：未被任何批次选中、且未在之前波次中升级的节点，具体由CCE按负载选择。');
    expect(items[3]).toHaveTextContent('第4波次 · DefaultPool · 2个节点');
    view.unmount();

    // A cluster without nodes: nothing to put in a wave.
    renderWithProviders(<WavePreview {...small} plan={planOf(4)} pools={[]} nodes={[]} />);
    expect(screen.getByText('共0个波次、0个节点。')).toBeInTheDocument();
    expect(screen.getByText('此集群没有节点，因此没有可预测的节点波次。')).toBeInTheDocument();
  });

  it('shows CCE’s check items and messages as CCE sent them, with the planner’s words around them in Chinese', async () => {
    await activateLocale('zh-CN');
    checkAnswers(preCheckTask('Success', { cluster: [limitException], nodes: [{ ...NODE, items: [nodeRisk] }] }));
    const { user } = renderWizardAt('review');
    expect(await screen.findByRole('heading', { level: 2, name: '确认并提交' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: '升级前检查' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '请求体' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '升级请求JSON' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复制JSON' })).toBeInTheDocument();
    const status = screen.getByRole('status', { name: '升级前检查状态' });
    expect(status).toHaveTextContent('尚未对此计划执行检查。');

    await user.click(await findRunButton('执行升级前检查'));
    await waitFor(() => expect(status).toHaveTextContent('检查已完成，发现2个问题项。'));
    expect(screen.getByRole('heading', { level: 4, name: '检查结果：2个问题项' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新执行检查' })).toBeInTheDocument();

    const cluster = screen.getByRole('list', { name: '集群问题项' });
    expect(cluster).toHaveTextContent('异常项：必须修复');
    expect(within(cluster).getByText('ClusterQuota')).toBeInTheDocument();
    expect(within(cluster).getByText('级别：Fatal')).toBeInTheDocument();
    expect(within(cluster).getByText('LimitCheck')).toBeInTheDocument();
    expect(within(cluster).getByText('Not enough ECS quota to add a surge node')).toBeInTheDocument();
    expect(screen.getByText('插件', { selector: 'h5' }).nextElementSibling).toHaveTextContent('未发现问题。');
    const nodes = screen.getByRole('list', { name: '节点问题项' });
    expect(nodes).toHaveTextContent('风险项：可接受');
    expect(within(nodes).getByText('Kernel 4.18 has a known cgroup issue')).toBeInTheDocument();
    expect(within(nodes).getByRole('list', { name: '存在NodeKernelVersion问题的节点' })).toHaveTextContent(NODE.name);

    const blockers = within(screen.getByRole('list', { name: '无法提交的原因' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(blockers).toEqual([
      '升级前必须修复异常项“ClusterQuota”。请修复后重新执行检查。',
      '风险项“NodeKernelVersion”尚未接受。请填写理由接受该风险，或修复后重新执行检查。',
    ]);

    await user.click(within(nodes).getByRole('button', { name: '接受风险项NodeKernelVersion' }));
    const reason = screen.getByRole('textbox', { name: '接受NodeKernelVersion的理由' });
    expect(reason).toHaveAccessibleDescription('说明为何仍可安全升级（至少10个字符）。该理由将随提交一起记入审计日志。');
    expect(screen.getByRole('button', { name: '接受并重新执行检查' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '取消' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '提交升级' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('计划暂时无法提交');
    expect(alert).toHaveTextContent('升级前必须修复异常项“ClusterQuota”。');
  });

  it('asks for the cluster name in a Chinese confirmation dialog once the check passes', async () => {
    await activateLocale('zh-CN');
    checkAnswers(preCheckTask('Success'));
    const { user } = renderWizardAt('review');
    await user.click(await findRunButton('执行升级前检查'));
    expect(await screen.findByText('升级前检查已通过')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '升级前检查状态' })).toHaveTextContent('检查已完成：未发现问题。');
    expect(screen.getByRole('heading', { level: 4, name: '检查结果：未发现问题' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '提交升级' }));
    const dialog = await screen.findByRole('dialog', { name: '确定开始升级集群prod-a？' });
    expect(dialog).toHaveAccessibleDescription('您确认后，CCE将立即开始升级集群。升级无法撤销。');
    expect(within(dialog).getAllByRole('term').map((term) => term.textContent)).toEqual(['集群', '版本', '波次', '插件变更', '已接受的风险']);
    await waitFor(() =>
      expect(within(dialog).getAllByRole('definition').map((fact) => fact.textContent)).toEqual([
        'prod-a',
        'v1.28 → v1.29',
        expect.stringMatching(/^\d+个波次、10个节点（预测）$/),
        '无',
        '无',
      ]),
    );
    const input = within(dialog).getByRole('textbox', { name: '输入集群名称以确认' });
    expect(input).toHaveAccessibleDescription('请准确输入prod-a。');
    const confirm = within(dialog).getByRole('button', { name: '确认升级' });
    expect(confirm).toBeDisabled();
    await user.type(input, 'prod-a');
    expect(confirm).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeEnabled();
  });
});
