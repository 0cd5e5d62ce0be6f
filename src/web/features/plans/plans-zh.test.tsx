import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { planDetail, planList, revision2 } from '../../testing/plan-fixtures';
import { renderPlanPage, serveCatalogue, servePlanDetail } from '../../testing/plans';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { PlansPage } from './components/PlansPage';

const [payments, edge] = planList.items;
/** The same plan in four states, with 0, 1, 2 and many approvals. */
const counted = [
  { ...payments!, id: 'c0ffee00-0000-4000-8000-00000000000a', state: 'in-review' as const, approvals: 0 },
  { ...payments!, id: 'c0ffee00-0000-4000-8000-00000000000b', state: 'approved' as const, approvals: 1 },
  { ...payments!, id: 'c0ffee00-0000-4000-8000-00000000000c', state: 'changes-requested' as const, approvals: 2 },
  { ...payments!, id: 'c0ffee00-0000-4000-8000-00000000000d', state: 'submitted' as const, approvals: 12 },
  { ...edge!, state: 'superseded' as const },
];

describe('plans in Chinese', () => {
  it('lists plans with their states and approvals counted in one form', async () => {
    server.use(http.get('*/api/plans', () => HttpResponse.json({ items: counted })));
    await activateLocale('zh-CN');
    renderWithProviders(<PlansPage />);
    expect(await screen.findByRole('heading', { level: 1, name: '升级计划' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '打开计划文件' })).toBeInTheDocument();
    const items = within(await screen.findByRole('list', { name: 'prod-payments' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.match(/^v1\.28 → v1\.29(\D+)创建人：Ravi Kumar · 修订版本2 · (\d+次批准) · 更新于/)?.slice(1))).toEqual([
      ['评审中', '0次批准'],
      ['已批准', '1次批准'],
      ['待修改', '2次批准'],
      ['已提交', '12次批准'],
    ]);
    expect(screen.getByRole('region', { name: 'edge-b' })).toHaveTextContent('已被取代');
  });

  it('says how to make a plan when there is none', async () => {
    server.use(http.get('*/api/plans', () => HttpResponse.json({ items: [] })));
    await activateLocale('zh-CN');
    renderWithProviders(<PlansPage />);
    expect(await screen.findByText(/尚未保存任何计划。/)).toHaveTextContent('尚未保存任何计划。请规划升级，然后选择“保存并送审”。');
    expect(screen.getByRole('link', { name: '规划升级' })).toHaveAttribute('href', '/');
  });

  it('shows a plan page: heading, state, facts, waves, changes, reviews and comments', async () => {
    serveCatalogue();
    await activateLocale('zh-CN');
    const { user } = renderPlanPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'prod-payments：v1.28 → v1.29' })).toBeInTheDocument();
    expect(screen.getByText('已批准')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: '修订版本' })).getByRole('link', { name: '修订版本2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '编辑为新修订版本' })).toBeInTheDocument();

    const facts = await screen.findByRole('region', { name: '此修订版本的内容' });
    expect(within(facts).getByText('每波次最多4个节点')).toBeInTheDocument();
    expect(within(facts).getByText('每个节点池内（每个节点池内波次节点数从1重新开始）')).toBeInTheDocument();
    expect(within(facts).getByRole('list', { name: '按升级顺序排列的节点池' })).toHaveTextContent('pay-api — 优先级10');
    expect(within(facts).getByRole('list', { name: '节点池pay-api的批次' })).toHaveTextContent('批次1：upgrade-wave in canary（优先级10）');
    const addons = await within(facts).findByRole('list', { name: '插件及升级对其的处理' });
    expect(addons).toHaveTextContent('coredns：1.28.4 → 1.29.1，插件参数为{"replicas":3}');
    expect(within(addons).getByRole('button', { name: '评论插件coredns' })).toBeInTheDocument();

    const snapshot = screen.getByRole('region', { name: '保存此修订版本时的集群' });
    expect(within(snapshot).getByText('9个节点，标签读取自集群的Kubernetes API')).toBeInTheDocument();
    expect(within(snapshot).getByRole('list', { name: '集群状态快照中的节点池' })).toHaveTextContent('pay-api：4个节点');
    expect(within(snapshot).getByText('coredns 1.28.4、everest 2.4.1')).toBeInTheDocument();

    // One node, two nodes: one form, with its measure word.
    const waves = within(screen.getByRole('region', { name: '波次' })).getByRole('list', { name: '波次' });
    const rows = within(waves).getAllByRole('listitem').filter((item) => item.parentElement === waves);
    expect(rows[0]).toHaveTextContent('第1波次 · pay-api · 1个节点');
    expect(rows[2]).toHaveTextContent('第3波次 · pay-api · 2个节点');

    const changes = await screen.findByRole('region', { name: '自修订版本1以来的变更' });
    expect(await within(changes).findByRole('list', { name: '变更' })).toHaveTextContent('步长2 → 4');
    expect(within(changes).getByRole('region', { name: '请求JSON从修订版本1到2的变更' })).toBeInTheDocument();

    const reviews = screen.getByRole('region', { name: '评审记录' });
    expect(within(reviews).getByText('修订版本2：已获得1次批准，共需1次')).toBeInTheDocument();
    const [sentBack, approved] = within(within(reviews).getByRole('list', { name: '评审记录' })).getAllByRole('listitem');
    expect(sentBack).toHaveTextContent(/^Mei Chen要求修改修订版本1 · /);
    expect(approved).toHaveTextContent(/^Mei Chen批准了修订版本2 · /);

    // The reason is checked by the shared schema and worded here.
    await user.type(within(reviews).getByRole('textbox', { name: '理由' }), '太慢');
    await user.click(within(reviews).getByRole('button', { name: '要求修改' }));
    expect(await within(reviews).findByText('请至少用10个字符说明需要修改的内容。')).toBeInTheDocument();
    expect(within(reviews).getByRole('button', { name: '批准' })).toBeInTheDocument();

    const comments = screen.getByRole('region', { name: '评论' });
    const [first, second] = within(within(comments).getByRole('list', { name: '评论' })).getAllByRole('listitem');
    expect(first).toHaveTextContent('针对修订版本1 · 关于第1波次');
    expect(second).toHaveTextContent('关于整个计划');
    await user.click(within(comments).getByRole('button', { name: '添加评论' }));
    expect(await within(comments).findByText('请输入评论内容。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '评论第1波次' }));
    expect(within(comments).getByRole('combobox', { name: '关于' })).toHaveDisplayValue('第1波次');
    expect(within(comments).getByRole('textbox', { name: '评论' })).toHaveFocus();
    await user.selectOptions(within(comments).getByRole('combobox', { name: '关于' }), '节点池pay-api的批次1');

    expect(screen.getByRole('region', { name: '请求JSON' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '修订版本2的请求JSON' }).textContent).toBe(revision2.request);
    expect(screen.getByRole('button', { name: '立即检查集群' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载计划文件' })).toBeInTheDocument();
  });

  it('says why review and submit are not offered by the BFF’s codes, with 1 and 2 approvals counted in one form', async () => {
    const notes = (approvals: number) => [
      { code: 'own-revision' as const, message: 'You saved revision 2: another operator must review it.', revision: 2 },
      { code: 'needs-approvals' as const, message: `It needs ${approvals} more approvals before it can be submitted.`, approvals },
    ];
    await activateLocale('zh-CN');
    servePlanDetail({ ...planDetail, state: 'in-review', you: { mayReview: false, maySubmit: false, mayRevise: true, notes: notes(2) } });
    const first = renderPlanPage();
    const why = await screen.findByRole('list', { name: '您无法评审的原因' });
    expect(within(why).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['修订版本2由您保存：需要另一名操作员评审。', '还需要2次批准才能提交。']);
    first.unmount();
    servePlanDetail({ ...planDetail, state: 'in-review', you: { mayReview: false, maySubmit: false, mayRevise: true, notes: notes(1) } });
    renderPlanPage();
    expect(await screen.findByText('还需要1次批准才能提交。')).toBeInTheDocument();
  });

  it('confirms a submit with the approvals counted, and words what the BFF found drifted from its data, again after a switch', async () => {
    serveCatalogue();
    servePlanDetail({ ...planDetail, approvalsRequired: 2, reviews: [...planDetail.reviews, { ...planDetail.reviews[1]!, reviewer: { subject: 'ana', name: 'Ana Lopez' } }] });
    server.use(
      http.post('*/api/plans/:planId/revisions/2/drift', () =>
        HttpResponse.json({ checkedAt: '2026-03-03T12:00:00Z', snapshotSha256: 'ff'.repeat(32), drift: [
            { kind: 'node-added', change: { kind: 'node-added', node: 'pay-api-5', pool: 'pay-api' }, message: 'BFF English: node added' },
            { kind: 'pool-changed', change: { kind: 'pool-nodes', pool: 'pay-api', before: 3, after: 4 }, message: 'BFF English: pool changed' },
          ],
        }),
      ),
    );
    await activateLocale('zh-CN');
    const { user } = renderPlanPage();
    expect(await screen.findByText('修订版本2：已获得2次批准，共需2次')).toBeInTheDocument();
    await screen.findByRole('list', { name: '插件及升级对其的处理' });
    await user.click(screen.getByRole('button', { name: '提交升级' }));
    const dialog = await screen.findByRole('dialog', { name: '开始升级集群prod-payments？' });
    expect(dialog).toHaveTextContent('2次批准');
    expect(dialog).toHaveTextContent('升级无法撤销。');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));

    await user.click(await screen.findByRole('button', { name: '立即检查集群' }));
    expect(await screen.findByRole('heading', { name: '集群自保存此修订版本以来已变化' })).toHaveFocus();
    const changes = () => within(screen.getByRole('list', { name: /^(集群的变化|What changed in the cluster)$/ })).getAllByRole('listitem').map((item) => item.textContent);
    expect(changes()).toEqual(['节点pay-api-5已加入节点池pay-api', '节点池pay-api节点数3 → 4']);
    await act(() => activateLocale('en'));
    expect(changes()).toEqual(['Node pay-api-5 was added to pool pay-api', 'Pool pay-api node count 3 → 4']);
  });
});
