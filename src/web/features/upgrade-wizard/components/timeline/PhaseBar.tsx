import type { FocusEventHandler, MouseEventHandler, Ref } from 'react';
import { useT } from '../../../../i18n/parts/schedule';
import { BAR, colours, LANE, MIN_HIT } from './chart-style';
import type { TimelineBar } from './timeline-model';

interface PhaseBarProps {
  bar: TimelineBar;
  index: number;
  x: (minutes: number) => number;
  /** Pattern ids for the hatched "up to the high estimate" part, per fill. */
  hatch: { wave: string; cluster: string };
  active: boolean;
  describedBy?: string;
  onFocus: FocusEventHandler<SVGGElement>;
  onMouseEnter: MouseEventHandler<SVGGElement>;
  onMouseLeave: MouseEventHandler<SVGGElement>;
  ref: Ref<SVGGElement>;
}

// A label is drawn on a bar only where it fits: about 7 px a Latin character at 12 px, 12 px a Chinese one.
const fits = (text: string, width: number) => [...text].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 12 : 7), 8) <= width;

/** One phase: solid for the low estimate, hatched on to the high one. Focusable, one tab stop for the whole chart. */
export function PhaseBar({ bar, index, x, hatch, active, describedBy, onFocus, onMouseEnter, onMouseLeave, ref }: PhaseBarProps) {
  const t = useT();
  const { start, duration } = bar.phase;
  const wave = bar.phase.wave !== undefined;
  const fill = wave ? colours.wave : colours.cluster;
  const left = x(start.low);
  const low = Math.max(2, x(duration.low));
  const high = Math.max(low, x(duration.high));
  const top = bar.lane * LANE + (LANE - BAR) / 2;
  const hit = Math.max(high, MIN_HIT);
  const text = wave ? String(bar.phase.wave!.number) : bar.name;
  return (
    <g
      ref={ref}
      data-bar={index}
      role="img"
      aria-label={bar.poolName === undefined ? bar.name : t('schedule.bar.label', { name: bar.name, pool: bar.poolName })}
      aria-describedby={describedBy}
      tabIndex={active ? 0 : -1}
      onFocus={onFocus}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
    >
      <rect x={left} y={top} width={hit} height={BAR} fill="transparent" />
      {/* A white edge keeps back-to-back waves of one pool apart. */}
      <rect x={left} y={top} width={low} height={BAR} fill={fill} stroke="#ffffff" strokeWidth={low > 4 ? 1 : 0} />
      {high > low && <rect x={left + low} y={top + 0.5} width={high - low} height={BAR - 1} fill={`url(#${wave ? hatch.wave : hatch.cluster})`} stroke={fill} />}
      {fits(text, low) && (
        <text x={left + 4} y={top + BAR - 5} fill="#ffffff" fontSize={12} aria-hidden="true">
          {text}
        </text>
      )}
      <rect className="ring" x={left - 3} y={top - 3} width={hit + 6} height={BAR + 6} fill="none" stroke={colours.ring} strokeWidth={2} rx={2} />
    </g>
  );
}
