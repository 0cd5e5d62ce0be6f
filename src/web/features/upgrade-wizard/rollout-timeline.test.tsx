import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeWaves, orderPools } from '../../../shared/waves';
import { ids } from '../../testing/fixtures';
import { action, planningPool } from '../../testing/planning-fixtures';
import { renderWithProviders } from '../../testing/render';
import { canary, estimateOf, fallback, general } from '../../testing/wave-fixtures';
import { RolloutTimeline } from './components/timeline/lazy-entry';

const smallAction = action(4, { nodePoolOrder: { [ids.pool]: 10 }, nodeOrder: { [ids.pool]: [canary] } });
const smallPools = orderPools([fallback.pool, general.pool], smallAction.nodePoolOrder);
const smallWaves = computeWaves(smallPools, [...fallback.nodes, ...general.nodes], smallAction);
const small = { estimate: estimateOf(smallWaves), pools: smallPools };

const chart = () => screen.getByRole('group', { name: 'Rollout timeline' });
const bars = () => within(chart()).getAllByRole('img');
const tooltip = () => screen.getByRole('tooltip');

describe('rollout timeline', () => {
  it('draws one bar per wave in its pool’s lane and the cluster’s own phases as their own bars', () => {
    renderWithProviders(<RolloutTimeline {...small} />);
    expect(bars().map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Control plane',
      'Wave 1, general',
      'Wave 2, general',
      'Wave 3, general',
      'Wave 4, DefaultPool',
      'Add-ons',
      'Post-check',
    ]);
    expect(chart()).toHaveAttribute('aria-roledescription', 'timeline');
    expect(chart()).toHaveAccessibleDescription(/^The upgrade runs 4 waves in 2 node pools\. It ends between \+1 h 10 min and \+1 h 49 min\./);
    expect(screen.getByText('Times count from the start of the upgrade.', { exact: false })).toBeInTheDocument();
  });

  it('is one tab stop whose focused bar shows its wave, pool, nodes as far as they are fixed, and its start and end ranges', async () => {
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    await user.tab(); // Zoom in (Zoom out is disabled at the widest view)
    await user.tab();
    expect(bars()[0]).toHaveFocus();
    expect(bars().filter((bar) => bar.tabIndex === 0)).toHaveLength(1);
    expect(tooltip()).toHaveTextContent('Control planeStarts: +0 minEnds: +20 min to +30 minTakes: 20 min to 30 min');

    await user.keyboard('{ArrowDown}');
    expect(bars()[1]).toHaveFocus();
    expect(bars()[1]).toHaveAccessibleDescription(/^Wave 1 · general/);
    expect(tooltip()).toHaveTextContent('Wave 1 · general1 node: general-0004.Starts: +20 min to +30 minEnds: +29 min to +44 min');
    await user.keyboard('{ArrowRight}');
    // Two of the five nodes no batch catches: CCE picks them by load, so the tooltip names none.
    expect(tooltip()).toHaveTextContent('Wave 2 · general2 nodes; CCE chooses which, preferring lightly loaded nodes.');
    expect(tooltip()).not.toHaveTextContent('general-0001');
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('describes a bar with its times at the very moment it takes the focus, the tab stop before any tooltip shows', async () => {
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    expect(bars()[0]).toHaveAccessibleDescription('Starts: +0 min. Ends: +20 min to +30 min. Takes: 20 min to 30 min.');
    const announced: string[] = [];
    // What a screen reader reads on the focus event: the elements aria-describedby names at that moment.
    const describedNow = (element: Element) =>
      (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    bars()[1]!.addEventListener('focus', (event) => announced.push(describedNow(event.currentTarget as Element)));
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(announced).toEqual([expect.stringMatching(/^Wave 1 · general.*Starts: \+20 min to \+30 min/)]);
  });

  it('reaches every bar by keyboard: along lanes, between lanes, and Home and End', async () => {
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(bars()[4]).toHaveFocus(); // DefaultPool's only wave, nearest in time below the general lane
    await user.keyboard('{ArrowUp}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(bars()[3]).toHaveFocus(); // the general lane ends at wave 3
    await user.keyboard('{End}');
    expect(bars().at(-1)).toHaveFocus();
    expect(tooltip()).toHaveTextContent(/^Post-check/);
    await user.keyboard('{ArrowLeft}');
    expect(bars().at(-2)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bars()[0]).toHaveFocus();
  });

  it('zooms with its buttons and with plus and minus, keeping the focus on the bar', async () => {
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    const width = () => Number(chart().getAttribute('width'));
    const wide = width();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(width()).toBe(wide * 2);
    expect(screen.getByRole('status')).toHaveTextContent('Zoom ×2');
    await user.tab();
    await user.keyboard('+');
    expect(width()).toBe(wide * 4);
    expect(bars()[0]).toHaveFocus();
    await user.keyboard('--');
    expect(width()).toBe(wide);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  });

  it('shades the maintenance window and marks its end, in wall-clock time with the user’s zone when the start is known', () => {
    const startsAt = new Date(2026, 0, 10, 1, 0);
    const { container } = renderWithProviders(<RolloutTimeline {...small} startsAt={startsAt} windowMinutes={120} />);
    expect(container.querySelector('[data-window-end="120"]')).not.toBeNull();
    const ends = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2026, 0, 10, 3, 0));
    expect(screen.getByText(`Window ends ${ends}`)).toBeInTheDocument();
    expect(screen.getByText(`Times are in your time zone, ${Intl.DateTimeFormat().resolvedOptions().timeZone}.`, { exact: false })).toBeInTheDocument();
    expect(chart()).toHaveAccessibleDescription(/The maintenance window lasts 2 h\./);
  });

  it('shows a bar’s tooltip under the pointer', async () => {
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    await user.hover(bars()[4]!);
    expect(tooltip()).toHaveTextContent('Wave 4 · DefaultPool2 nodes: DefaultPool-0001, DefaultPool-0002.');
    await user.unhover(bars()[4]!);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('reads as a table on request', async () => {
    const { user } = renderWithProviders(<RolloutTimeline {...small} />);
    await user.click(screen.getByRole('button', { name: 'Show the timeline as a table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 7);
    expect(rows[3]).toHaveTextContent('Wave 2 · general2 nodes; CCE chooses which, preferring lightly loaded nodes.+29 min to +44 min+39 min to +1 h10 min to 16 min');
    expect(rows[7]).toHaveTextContent('Post-checkCluster-wide');
  });

  it('keeps 2,000 nodes in 40 pools to one lane a pool, every bar reachable, and the last one last', async () => {
    const fleet = Array.from({ length: 40 }, (_, i) => planningPool(`${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, `pool-${i}`, 50));
    const bigAction = action(20, {}, 'NodePool');
    const pools = orderPools(fleet.map((p) => p.pool));
    const waves = computeWaves(pools, fleet.flatMap((p) => p.nodes), bigAction);
    const { user } = renderWithProviders(<RolloutTimeline estimate={estimateOf(waves, false)} pools={pools} />);
    expect(waves).toHaveLength(240);
    expect(bars()).toHaveLength(242);
    await user.tab();
    await user.tab();
    await user.keyboard('{End}');
    expect(tooltip()).toHaveTextContent(/^Post-check/);
    // Pools of equal size go in name order, so pool-9's lane is the 40th, and its last wave the last wave of all.
    await user.keyboard('{ArrowDown}'.repeat(40));
    expect(tooltip()).toHaveTextContent(/^Wave \d+ · pool-9/);
    await user.keyboard('{ArrowRight}'.repeat(6));
    expect(tooltip()).toHaveTextContent('Wave 240 · pool-9');
  });
});
