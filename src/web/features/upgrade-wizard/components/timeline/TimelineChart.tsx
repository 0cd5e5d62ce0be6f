import { Box } from '@mui/material';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../../../i18n/parts/schedule';
import { AXIS, colours, LANE } from './chart-style';
import { describeBar } from './describe-bar';
import { PhaseBar } from './PhaseBar';
import { TimelineAxis } from './TimelineAxis';
import { TimelineTooltip } from './TimelineTooltip';
import { formatMoment, linearScale, timeTicks } from './time-axis';
import { moveFocus, type TimelineBar, type TimelineKey, type TimelineLane } from './timeline-model';

/**
 * Pool names often share a long prefix (analytics-01, analytics-02, …): cut the middle, not the end, so the part
 * that tells lanes apart stays.
 */
const shortName = (name: string, max: number) =>
  name.length <= max ? name : `${name.slice(0, Math.ceil((max - 1) / 2))}…${name.slice(name.length - Math.floor((max - 1) / 2))}`;

const MOVES = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
const MAX_HEIGHT = 420;

interface TimelineChartProps {
  lanes: TimelineLane[];
  bars: TimelineBar[];
  domainMax: number;
  plotWidth: number;
  gutter: number;
  startsAt?: Date;
  windowMinutes?: number;
  zoom: number;
  onZoom: (direction: 1 | -1) => void;
  label: string;
  describedBy: string;
}

/**
 * Lanes scroll inside a bounded box, both ways once zoomed; the axis and the lane names stay in view. The bars are one
 * tab stop: the arrow keys move between them (roving tabindex) and the tooltip follows the focus or the pointer.
 */
export function TimelineChart({ lanes, bars, domainMax, plotWidth, gutter, startsAt, windowMinutes, zoom, onZoom, label, describedBy }: TimelineChartProps) {
  const t = useT();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatch = { wave: `${id}-hatch-wave`, cluster: `${id}-hatch-cluster` };
  const tooltipId = `${id}-tooltip`;
  const [active, setActive] = useState(0);
  const [hovered, setHovered] = useState<number>();
  const [focused, setFocused] = useState(false);
  const barRefs = useRef(new Map<number, SVGGElement>());
  const current = Math.min(active, bars.length - 1);
  const shown = hovered ?? (focused ? current : undefined);
  const x = linearScale(domainMax, plotWidth);
  const height = lanes.length * LANE;

  // Zooming keeps the focused bar in view.
  useEffect(() => {
    if (focused) barRefs.current.get(current)?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
    // Only a zoom should scroll here; moving the focus scrolls by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoom]);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === '+' || event.key === '=' || event.key === '-') {
      onZoom(event.key === '-' ? -1 : 1);
    } else if (event.key === 'Escape') {
      setHovered(undefined);
      setFocused(false);
    } else if (MOVES.has(event.key)) {
      const next = moveFocus({ lanes, bars }, current, event.key as TimelineKey);
      // Rendered before the focus moves, so the bar is described (its times) at the moment a screen reader announces it.
      flushSync(() => setActive(next));
      barRefs.current.get(next)?.focus();
    } else return;
    event.preventDefault();
  };

  return (
    <Box sx={{ maxHeight: MAX_HEIGHT, overflow: 'auto', border: 1, borderColor: 'grey.400', borderRadius: 1 }}>
      <Box sx={{ position: 'relative', display: 'grid', gridTemplateColumns: `${gutter}px ${plotWidth}px`, width: gutter + plotWidth }}>
        <Box sx={{ position: 'sticky', top: 0, left: 0, zIndex: 3, height: AXIS, bgcolor: 'background.paper' }} />
        <Box sx={{ position: 'sticky', top: 0, zIndex: 2, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'grey.300' }}>
          <TimelineAxis
            ticks={timeTicks(domainMax, plotWidth, startsAt)}
            x={x}
            width={plotWidth}
            windowEnd={windowMinutes === undefined ? undefined : { minute: windowMinutes, label: t('schedule.timeline.windowEnds', { time: formatMoment(windowMinutes, startsAt) }) }}
          />
        </Box>
        <Box aria-hidden="true" sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', borderRight: 1, borderColor: 'grey.300' }}>
          {lanes.map((lane, i) => (
            <Box key={i} title={lane.name} sx={{ height: LANE, lineHeight: `${LANE}px`, px: 1, fontSize: '0.8125rem', whiteSpace: 'nowrap', overflow: 'hidden' }}>
              {shortName(lane.name, Math.floor((gutter - 16) / 8.5))}
            </Box>
          ))}
        </Box>
        <Box
          component="svg"
          role="group"
          aria-roledescription={t('schedule.timeline.roleDescription')}
          aria-label={label}
          aria-describedby={describedBy}
          width={plotWidth}
          height={height}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
          }}
          sx={{ display: 'block', '& [data-bar]': { outline: 'none', cursor: 'default' }, '& .ring': { visibility: 'hidden' }, '& [data-bar]:focus-visible .ring': { visibility: 'visible' } }}
        >
          <defs>
            {(['wave', 'cluster'] as const).map((kind) => (
              <pattern key={kind} id={hatch[kind]} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width={6} height={6} fill="#ffffff" />
                <line x1={0} y1={0} x2={0} y2={6} stroke={colours[kind]} strokeWidth={2} />
              </pattern>
            ))}
          </defs>
          {windowMinutes !== undefined && (
            <g data-window-end={windowMinutes}>
              <rect x={0} y={0} width={x(Math.min(windowMinutes, domainMax))} height={height} fill={colours.windowBand} />
              <line x1={x(windowMinutes)} x2={x(windowMinutes)} y1={0} y2={height} stroke={colours.windowEnd} strokeWidth={2} strokeDasharray="6 4" />
            </g>
          )}
          {lanes.map((_, i) => (
            <line key={i} x1={0} x2={plotWidth} y1={(i + 1) * LANE - 0.5} y2={(i + 1) * LANE - 0.5} stroke={colours.grid} />
          ))}
          {bars.map((bar, i) => (
            <PhaseBar
              key={i}
              ref={(element) => {
                if (element) barRefs.current.set(i, element);
                else barRefs.current.delete(i);
              }}
              bar={bar}
              index={i}
              x={x}
              hatch={hatch}
              active={i === current}
              describedBy={shown === i ? tooltipId : i === current ? `${id}-active` : undefined}
              onFocus={() => setActive(i)}
              onMouseEnter={() => setHovered(i)}
              onMouseLeave={() => setHovered(undefined)}
            />
          ))}
        </Box>
        {/* The tab stop's facts, for a screen reader arriving by Tab before any tooltip shows. */}
        {shown !== current && bars[current] && <Box id={`${id}-active`} hidden>{describeBar(bars[current], startsAt)}</Box>}
        {shown !== undefined && (
          <TimelineTooltip id={tooltipId} bar={bars[shown]!} left={gutter + x(bars[shown]!.phase.start.low)} right={gutter + plotWidth} startsAt={startsAt} />
        )}
      </Box>
    </Box>
  );
}
