import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planIds, revision2 } from '../../testing/plan-fixtures';
import { renderPlanPage, serveCatalogue, templateVersion as version } from '../../testing/plans';
import { server } from '../../testing/server';
import { mockVirtualLayout } from '../../testing/virtual-layout';

const section = (name: string | RegExp) => screen.findByRole('region', { name });

describe('plan page', () => {
  it('heads the latest revision with the cluster, versions, state and a link per revision', async () => {
    renderPlanPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'prod-payments: v1.28 → v1.29' })).toBeInTheDocument();
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(screen.getByText(/Plan by Ravi Kumar/)).toBeInTheDocument();
    const revisions = screen.getByRole('navigation', { name: 'Revisions' });
    expect(within(revisions).getByRole('link', { name: 'Revision 1' })).toHaveAttribute('href', `/plans/${planIds.plan}/revisions/1`);
    expect(within(revisions).getByRole('link', { name: 'Revision 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Edit as a new revision' })).toHaveAttribute('href', `/plans/${planIds.plan}/revisions/2/edit`);
  });

  it('states what the revision does by pool name, and the cluster it was saved on', async () => {
    renderPlanPage();
    const facts = await section('What this revision does');
    expect(within(facts).getByText('up to 4 nodes per wave')).toBeInTheDocument();
    const order = within(facts).getAllByRole('listitem').filter((item) => item.closest('ol')?.getAttribute('aria-label') === 'Node pools in upgrade order');
    expect(order.map((item) => item.textContent)).toEqual(['pay-api — priority 10', 'pay-gpu — default order', 'pay-batch — default order']);
    expect(within(facts).getByRole('list', { name: 'Batches of pool pay-api' })).toHaveTextContent('Batch 1: upgrade-wave in canary (priority 10)');
    // Without the cluster (this one is not in the fixtures), the page still lists the patches reviewers approve.
    expect(within(facts).getByRole('list', { name: 'Add-on patches' })).toHaveTextContent('coredns → 1.29.1 with values {"replicas":3}');
    expect(within(facts).getByRole('list', { name: 'Accepted risks' })).toHaveTextContent('DeprecatedAPIInUse: “The batch jobs still call policy/v1beta1');
    expect(within(facts).getByText(new RegExp(`Task ${planIds.preCheck}: Success, valid until`))).toBeInTheDocument();
    expect(within(facts).getByText('b2b2b2b2b2b2…')).toBeInTheDocument();
    expect(within(facts).getByText('b2'.repeat(32))).toBeInTheDocument();

    const snapshot = screen.getByRole('region', { name: 'The cluster when this revision was saved' });
    expect(within(snapshot).getByText('v1.28 (patch cce.10.0)')).toBeInTheDocument();
    expect(within(snapshot).getByText(/^9 nodes, labels read from/)).toBeInTheDocument();
    expect(within(snapshot).getByRole('list', { name: 'Node pools in the snapshot' })).toHaveTextContent('pay-api: 4 nodes');
    expect(within(snapshot).getByText('coredns 1.28.4, everest 2.4.1')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Request JSON of revision 2' }).textContent).toBe(revision2.request);
  });

  it('accounts for every add-on of the saved snapshot: the patch approved, and what CCE does with the add-ons left alone', async () => {
    serveCatalogue([version('2.4.1', ['v1.2[7-8].*']), version('2.4.9', ['v1.2[8-9].*']), version('2.5.0', ['v1.29.*'])]);
    renderPlanPage();
    const facts = await section('What this revision does');
    const addons = await within(facts).findByRole('list', { name: 'Add-ons and what the upgrade does with them' });
    const [coredns, everest] = within(addons).getAllByRole('listitem');
    expect(coredns).toHaveTextContent('coredns: 1.28.4 → 1.29.1 with values {"replicas":3}');
    expect(within(coredns!).getByRole('button', { name: 'Comment on add-on coredns' })).toBeInTheDocument();
    expect(everest).toHaveTextContent('everest: 2.4.1, incompatible and not patched');
    expect(everest).toHaveTextContent(
      'A published version supports both v1.28 and v1.29, so CCE upgrades it after the cluster, to one of the newer versions that support v1.29 (2.4.9 and 2.5.0), but the planner cannot tell which. To choose the version yourself, patch it to 2.5.0.',
    );
  });

  it('refuses to submit a revision leaving an add-on no published version carries to the target, saying what to do', async () => {
    serveCatalogue([version('2.4.1', ['v1.2[7-8].*'])]);
    const { user } = renderPlanPage();
    const blocker = 'everest 2.4.1 does not support v1.29, and no published version of everest from 2.4.1 on does';
    expect(await screen.findByText(new RegExp(blocker))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This revision cannot be submitted');
    expect(alert).toHaveTextContent(`${blocker}, so neither this plan nor CCE can move it to one. Uninstall it in the CCE console, or choose another target version.`);
    expect(within(alert).getByRole('link', { name: 'Re-plan from here' })).toHaveAttribute('href', `/plans/${planIds.plan}/revisions/2/edit`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('holds Submit back, as the wizard does, while the add-ons cannot be checked, and says so', async () => {
    const { user } = renderPlanPage();
    expect(await screen.findByText(/The planner could not read the cluster or the add-on versions CCE publishes/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/The installed add-ons could not be checked against v1\.29: .*Retry in the add-ons section of this page\./);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('warns that hand-set labels are invisible, to the page and the drift check, when they were derived from CCE data', async () => {
    server.use(http.get(`*/api/plans/${planIds.plan}/revisions/2`, () => HttpResponse.json({ ...revision2, snapshot: { ...revision2.snapshot, labelSource: 'derived' } })));
    renderPlanPage();
    const snapshot = await section('The cluster when this revision was saved');
    expect(await within(snapshot).findByText(/labels derived from CCE data .*not seen here, nor by the drift check at submit/)).toBeInTheDocument();
  });

  it('shows the waves predicted from the saved snapshot, naming nodes only where the rules fix them', async () => {
    const { user } = renderPlanPage();
    const waves = await screen.findByRole('list', { name: 'Waves' });
    const items = within(waves).getAllByRole('listitem').filter((item) => item.parentElement === waves);
    expect(items).toHaveLength(7);
    // The two canaries split over waves 1 and 2: which goes first is CCE's choice by load.
    expect(items[0]).toHaveTextContent('Wave 1 · pay-api · 1 node');
    expect(items[0]).toHaveTextContent('1 node of pool pay-api, chosen by CCE from the 2 of batch 1 that earlier waves leave (it prefers lightly loaded nodes).');
    expect(within(items[0]!).queryByRole('list', { name: 'Nodes in wave 1' })).not.toBeInTheDocument();
    await user.click(within(items[0]!).getByRole('button', { name: 'Show candidates (2)' }));
    expect(within(items[0]!).getByRole('list', { name: 'Candidates for wave 1' })).toHaveTextContent('pay-api-1pay-api-2');
    // The pool's two unbatched nodes fit in one wave, so the pool boundary fixes them.
    expect(items[2]).toHaveTextContent('Wave 3 · pay-api · 2 nodes');
    expect(within(items[2]!).getByRole('list', { name: 'Nodes in wave 3' })).toHaveTextContent('pay-api-3pay-api-4');
    expect(items[3]).toHaveTextContent('Wave 4 · pay-gpu · 1 node');
  });

  it('says what changed since the previous revision, in words and line by line', async () => {
    renderPlanPage();
    const changes = await section('What changed since revision 1');
    const list = await within(changes).findByRole('list', { name: 'Changes' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(list).toHaveTextContent(/step/i);
    const diff = within(changes).getByRole('region', { name: 'Request JSON changes from revision 1 to 2' });
    const text = (role: string) => within(diff).getAllByRole(role).map((line) => line.textContent);
    expect(text('insertion')).toContainEqual(expect.stringMatching(/^\+ +"userDefinedStep": 4,$/));
    expect(text('deletion')).toContainEqual(expect.stringMatching(/^- +"userDefinedStep": 2,$/));
  });

  it('shows an earlier revision from its own address, without changes to compare or actions on it', async () => {
    renderPlanPage(1);
    expect(await screen.findByText(/an earlier revision; the latest is 2/)).toBeInTheDocument();
    expect(await screen.findByText('up to 2 nodes per wave')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revision 1' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('region', { name: /What changed/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit upgrade' })).not.toBeInTheDocument();
    expect(screen.getByText('Reviews are given on the latest revision, 2.')).toBeInTheDocument();
  });

  it('says so when the address names a revision the plan does not have', async () => {
    renderPlanPage(9);
    expect(await screen.findByRole('heading', { level: 1, name: 'No such revision' })).toBeInTheDocument();
  });
});

describe('plan page of a large cluster', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the first waves and the rest on request, virtualized', async () => {
    mockVirtualLayout();
    const nodes = Array.from({ length: 30 }, (_, i) => ({ uid: `f0000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`, name: `pay-api-${i + 1}`, poolId: planIds.apiPool, labels: {} }));
    const big = { ...revision2, plan: { ...revision2.plan, userDefinedStep: 1, nodeOrder: {} }, snapshot: { ...revision2.snapshot, pools: [{ ...revision2.snapshot.pools[0]!, nodeCount: 30 }], nodes } };
    server.use(http.get(`*/api/plans/${planIds.plan}/revisions/2`, () => HttpResponse.json(big)));
    const { user } = renderPlanPage();
    const waves = await screen.findByRole('list', { name: 'Waves' });
    expect(within(waves).getAllByText(/^Wave \d+ ·/)).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show all 30 waves' }));
    const all = await screen.findByRole('region', { name: 'All waves' });
    expect(within(all).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '30');
  });
});
