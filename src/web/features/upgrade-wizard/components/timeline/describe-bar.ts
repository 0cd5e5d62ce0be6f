import type { MinutesRange } from '../../../../../shared/duration-model';
import { translate } from '../../../../i18n/parts/schedule';
import { formatMinutesRange } from '../../../../lib/format-duration';
import { commaList, joinSentences } from '../../../../lib/word-lists';
import { formatMomentRange } from './time-axis';
import type { TimelineBar } from './timeline-model';

// A tooltip names at most this many fixed nodes; the wave list below the chart names them all.
const NAMED = 5;

const endOf = ({ start, duration }: TimelineBar['phase']): MinutesRange => ({ low: start.low + duration.low, high: start.high + duration.high });

/** The bar's title: "Wave 3 · general" or "Control plane" (the `·` stays in every language, as the glossary keeps it). */
export const barTitle = (bar: TimelineBar) => (bar.poolName === undefined ? bar.name : `${bar.name} · ${bar.poolName}`);

/** Which nodes, as far as the rules fix them: names for a fixed wave, otherwise only that CCE chooses. */
function nodesLine(bar: TimelineBar): string | undefined {
  const { wave } = bar.phase;
  if (!wave) return undefined;
  const count = wave.nodes.length;
  if (!bar.precision?.fixed) return translate('schedule.bar.nodesChosen', { count });
  const names = commaList(wave.nodes.slice(0, NAMED).map((node) => node.name));
  return count > NAMED ? translate('schedule.bar.nodesNamedMore', { count, names, more: count - NAMED }) : translate('schedule.bar.nodesNamed', { count, names });
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
  const duration = formatMinutesRange(phase.duration);
  return {
    title: barTitle(bar),
    nodes: nodesLine(bar),
    starts: formatMomentRange(phase.start, startsAt),
    ends: formatMomentRange(endOf(phase), startsAt),
    duration: phase.source === 'measured' ? translate('schedule.bar.measured', { duration }) : duration,
  };
}

/** The bar's facts as one text, the same the tooltip shows, for its accessible description. */
export function describeBar(bar: TimelineBar, startsAt?: Date): string {
  const facts = barFacts(bar, startsAt);
  return joinSentences([facts.nodes, translate('schedule.bar.description', { starts: facts.starts, ends: facts.ends, duration: facts.duration })]);
}
