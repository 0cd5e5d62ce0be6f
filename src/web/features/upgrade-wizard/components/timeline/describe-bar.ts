import type { MinutesRange } from '../../../../../shared/duration-model';
import { formatMinutesRange } from '../../../../../shared/format-minutes';
import { formatMomentRange } from './time-axis';
import type { TimelineBar } from './timeline-model';

// A tooltip names at most this many fixed nodes; the wave list below the chart names them all.
const NAMED = 5;

const endOf = ({ start, duration }: TimelineBar['phase']): MinutesRange => ({ low: start.low + duration.low, high: start.high + duration.high });

/** The bar's title: "Wave 3 · general" or "Control plane". */
export const barTitle = (bar: TimelineBar) => (bar.poolName === undefined ? bar.name : `${bar.name} · ${bar.poolName}`);

/** Which nodes, as far as the rules fix them: names for a fixed wave, otherwise only that CCE chooses. */
function nodesLine(bar: TimelineBar): string | undefined {
  const { wave } = bar.phase;
  if (!wave) return undefined;
  const count = wave.nodes.length;
  const nodes = `${count} ${count === 1 ? 'node' : 'nodes'}`;
  if (!bar.precision?.fixed) return `${nodes}; CCE chooses which, preferring lightly loaded nodes.`;
  const names = wave.nodes.slice(0, NAMED).map((node) => node.name).join(', ');
  return count > NAMED ? `${nodes}: ${names} and ${count - NAMED} more.` : `${nodes}: ${names}.`;
}

export interface BarFacts {
  title: string;
  nodes?: string;
  starts: string;
  ends: string;
  duration: string;
}

/** What a tooltip, a bar's description and the table row say about one bar, as whole sentences or values. */
export function barFacts(bar: TimelineBar, startsAt?: Date): BarFacts {
  const { phase } = bar;
  const measured = phase.source === 'measured' ? ' (measured on this pool before)' : '';
  return {
    title: barTitle(bar),
    nodes: nodesLine(bar),
    starts: formatMomentRange(phase.start, startsAt),
    ends: formatMomentRange(endOf(phase), startsAt),
    duration: `${formatMinutesRange(phase.duration)}${measured}`,
  };
}

/** The bar's facts as one text, the same the tooltip shows, for its accessible description. */
export function describeBar(bar: TimelineBar, startsAt?: Date): string {
  const facts = barFacts(bar, startsAt);
  return [facts.nodes, `Starts: ${facts.starts}.`, `Ends: ${facts.ends}.`, `Takes: ${facts.duration}.`].filter(Boolean).join(' ');
}
