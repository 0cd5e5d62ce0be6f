import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, toUpgradeRequest } from '../../../shared/plan';
import { computeWaves } from '../../../shared/waves';
import { derivedNodeLabels, ids, projectId } from '../../testing/fixtures';
import { planningPool } from '../../testing/planning-fixtures';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { mockVirtualLayout, scrollTo } from '../../testing/virtual-layout';
import { canary, planOf, smallWavePreview as small } from '../../testing/wave-fixtures';
import { WavePreview, type WavePreviewProps } from './components/WavePreview';
import { WavePreviewSection } from './components/WavePreviewSection';

// Only the timeline's own items: each also holds a nested list of node names.
const waveItems = () => [...screen.getByRole('list', { name: 'Predicted waves' }).children] as HTMLElement[];
const nodesIn = (wave: number) => within(screen.getByRole('list', { name: `Nodes in wave ${wave}` })).getAllByRole('listitem').map((item) => item.textContent);

afterEach(() => vi.restoreAllMocks());

describe('wave preview', () => {
  it('puts the canary batch alone in wave 1, says which batch caught each wave, and names only the nodes the rules fix', () => {
    mockVirtualLayout();
    renderWithProviders(<WavePreview {...small} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Wave preview' })).toBeInTheDocument();
    expect(screen.getByText('4 waves, 8 nodes.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Node pools in upgrade order:' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'general (priority 10, 6 nodes)',
      'DefaultPool (CCE default order, 2 nodes)',
    ]);
    expect(screen.getByText(/prediction from CCE’s documented upgrade rules, not a guarantee/)).toBeInTheDocument();
    const items = waveItems();
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Wave 1 · general · 1 node');
    expect(items[0]).toHaveTextContent('Batch 1: upgrade-wave in canary');
    expect(nodesIn(1)).toEqual(['general-0004']);
    expect(items[1]).toHaveTextContent('No batch');
    expect(items[1]).not.toHaveTextContent(/general-000/);
    expect(items[1]).toHaveTextContent('2 nodes of pool general, chosen by CCE from the 5 that no batch catches and earlier waves leave (it prefers lightly loaded nodes).');
    expect(items[2]).toHaveTextContent('3 nodes of pool general: those that no batch catches and earlier waves leave, which depends on CCE’s choices by load.');
    expect(items[3]).toHaveTextContent('Wave 4 · DefaultPool · 2 nodes');
    // The whole pool fits in the wave: the pool boundary fixes its names.
    expect(nodesIn(4)).toEqual(['DefaultPool-0001', 'DefaultPool-0002']);
    expect(items[3]).toHaveAttribute('aria-posinset', '4');
    expect(items[3]).toHaveAttribute('aria-setsize', '4');
  });

  it('estimates each wave as a range from the duration model, and re-estimates when an assumption is edited', async () => {
    mockVirtualLayout();
    const { user } = renderWithProviders(<WavePreview {...small} />);
    // Control plane 10–30, waves of 1, 2, 3 and 2 nodes at 5–10 min + 0.1–0.5 min a node, post-check 5–15,
    // Two installed add-ons do not support v1.29 and CCE moves them itself after the cluster: 3–8 min each.
    expect(await screen.findByText(/^Estimated duration: 42 min to 1 h 45 min/)).toBeInTheDocument();
    expect(screen.getByText(/^Estimated duration: /).parentElement).toHaveTextContent('add-ons upgraded after the cluster');
    expect(waveItems()[3]).toHaveTextContent('Starts after 26 min to 1 h 3 min · takes 5 min to 11 min');
    await user.click(screen.getByRole('button', { name: 'What the estimate assumes (minutes, editable)' }));
    const fixed = screen.getByRole('spinbutton', { name: 'Each wave of nodes, fixed part high' });
    await user.clear(fixed);
    await user.type(fixed, '20');
    expect(screen.getByText(/^Estimated duration: 42 min to 2 h 25 min/)).toBeInTheDocument();
    await user.clear(fixed);
    await user.type(fixed, '1');
    expect(screen.getByText('Each wave of nodes, fixed part: The high end must not be below the low end.')).toBeInTheDocument();
    // An upside-down range is not used: the estimate stays what it was.
    expect(screen.getByText(/^Estimated duration: 42 min to 2 h 25 min/)).toBeInTheDocument();
    // Nor is one past the shared schema's limit for the assumption, which the field explains in the schema's words.
    const perNode = screen.getByRole('spinbutton', { name: 'Each node in a wave, added high' });
    await user.clear(perNode);
    await user.click(perNode);
    await user.paste('100');
    expect(screen.getByText('Each node in a wave, added: The high end must be at most 60 minutes.')).toBeInTheDocument();
    expect(screen.getByText(/^Estimated duration: 42 min to 2 h 25 min/)).toBeInTheDocument();
  });

  it('names every node of a pool that fits in one wave, five at first and the rest on request', async () => {
    mockVirtualLayout();
    const six = planningPool(ids.pool, 'six', 6);
    const seven = planningPool('DefaultPool', 'seven', 7);
    const props: WavePreviewProps = { projectId, plan: planOf(8), pools: [seven.pool, six.pool], nodes: [...seven.nodes, ...six.nodes], labelSource: 'kubernetes' };
    const { user } = renderWithProviders(<WavePreview {...props} />);
    // six takes waves 1–3 (1, 2 and 3 nodes, chosen by CCE); by wave 4 the size is 8, so all of seven goes at once.
    expect(screen.queryByRole('list', { name: 'Nodes in wave 3' })).not.toBeInTheDocument();
    expect(nodesIn(4)).toEqual(['seven-0001', 'seven-0002', 'seven-0003', 'seven-0004', 'seven-0005']);
    await user.click(screen.getByRole('button', { name: 'Show all 7 nodes' }));
    expect(nodesIn(4)).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Show fewer nodes' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists the plan’s lints in words, with their severity', () => {
    mockVirtualLayout();
    const nothing = { nodeSelector: { key: 'upgrade-wave', operator: 'in' as const, value: ['nope'] }, priority: 5 };
    renderWithProviders(
      <WavePreview {...small} plan={planOf(40, { nodePoolOrder: { [ids.edge]: 3 }, nodeOrder: { [ids.pool]: [canary, nothing] } })} />,
    );
    const list = screen.getByRole('list', { name: 'Plan warnings' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Error: nodePoolOrder names node pool ${ids.edge}, which this cluster does not have; CCE will refuse or ignore it.`,
      'Warning: Batch 2 in general matches no node.',
      'Warning: 5 nodes in general match no batch; they upgrade last in that pool (wave 4).',
    ]);
  });

  it('says when the preview cannot see labels set by hand', () => {
    mockVirtualLayout();
    renderWithProviders(<WavePreview {...small} labelSource="derived" labelReason={{ failure: { code: 'refused', status: 403 }, clusterId: ids.prod }} />);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('The preview cannot see labels set by hand');
    expect(note).toHaveTextContent('The cluster’s Kubernetes API refused the kubeconfig’s credentials (HTTP 403). Renew the token');
  });

  it('renders only a window of a 2,000-node plan, yet scrolling and "Show candidates" reach every node', async () => {
    mockVirtualLayout({ viewport: 480, item: 100 });
    const pools = ['alpha', 'beta', 'gamma', 'delta'].map((name, i) => planningPool(`${i}0000000-0000-4000-8000-000000000000`, name, 500));
    const props: WavePreviewProps = { projectId, plan: planOf(20), pools: pools.map((p) => p.pool), nodes: pools.flatMap((p) => p.nodes), labelSource: 'kubernetes' };
    const waves = computeWaves(props.pools, props.nodes, toUpgradeRequest(props.plan).spec.clusterUpgradeAction);
    const { user } = renderWithProviders(<WavePreview {...props} />);
    expect(screen.getByText(`${waves.length} waves, 2,000 nodes.`)).toBeInTheDocument();
    expect(waveItems().length).toBeLessThan(15);
    // Pools of equal size go in name order, so gamma's waves come last.
    expect(screen.queryByText(/^Wave \d+ · gamma/)).not.toBeInTheDocument();

    scrollTo(screen.getByRole('region', { name: 'Wave list' }), 1_000_000);
    const last = waves.at(-1)!;
    const lastItem = await screen.findByText(`Wave ${last.number} · gamma · ${last.nodes.length} nodes`);
    expect(waveItems().length).toBeLessThan(15);
    const item = lastItem.closest('li')!;
    // No batch and 25 waves to the pool: CCE picks these by load, so the wave offers candidates instead of names.
    expect(within(item).queryByRole('listitem')).not.toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Show candidates (500)' }));
    const candidates = within(within(item).getByRole('list', { name: `Candidates for wave ${last.number}` })).getAllByRole('listitem');
    expect(candidates).toHaveLength(500);
    expect(candidates.at(-1)).toHaveTextContent('gamma-0500');
    expect(within(item).getByRole('button', { name: 'Hide candidates' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('loads the cluster inventory and says when labels are derived', async () => {
    server.use(http.get('*/api/clusters/:cluster_id/node-labels', () => HttpResponse.json(derivedNodeLabels)));
    mockVirtualLayout();
    renderWithProviders(<WavePreviewSection projectId={projectId} plan={{ ...emptyPlan(ids.prod), targetVersion: 'v1.29', userDefinedStep: 2 }} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Wave preview' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(`No kubeconfig for this cluster: set KUBECONFIG_DIR and put a kubeconfig at <KUBECONFIG_DIR>/${ids.prod}.yaml to read real labels.`);
    expect(screen.getByText(/waves, 10 nodes\./)).toBeInTheDocument();
  });
});
