import { AXIS, colours } from './chart-style';
import type { Tick } from './time-axis';

interface TimelineAxisProps {
  ticks: readonly Tick[];
  x: (minutes: number) => number;
  width: number;
  /** Where the maintenance window ends, and its label. */
  windowEnd?: { minute: number; label: string };
}

// Labels near an edge are anchored to it, so none is cut off.
const anchor = (at: number, width: number) => (at < 40 ? 'start' : at > width - 40 ? 'end' : 'middle');

/** The time scale above the lanes; hidden from assistive technology, which reads each bar's times instead. */
export function TimelineAxis({ ticks, x, width, windowEnd }: TimelineAxisProps) {
  return (
    <svg width={width} height={AXIS} aria-hidden="true" style={{ display: 'block' }}>
      {ticks.map((tick) => (
        <g key={tick.minute}>
          <line x1={x(tick.minute)} x2={x(tick.minute)} y1={AXIS - 6} y2={AXIS} stroke={colours.axisText} />
          <text x={x(tick.minute)} y={AXIS - 9} fontSize={12} fill={colours.axisText} textAnchor={anchor(x(tick.minute), width)}>
            {tick.label}
          </text>
        </g>
      ))}
      {windowEnd && (
        <text x={x(windowEnd.minute)} y={12} fontSize={12} fontWeight="bold" fill={colours.windowEnd} textAnchor={anchor(x(windowEnd.minute), width)}>
          {windowEnd.label}
        </text>
      )}
    </svg>
  );
}
