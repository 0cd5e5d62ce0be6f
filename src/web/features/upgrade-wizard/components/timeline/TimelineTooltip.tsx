import { Box } from '@mui/material';
import { useT } from '../../../../i18n/parts/schedule';
import { AXIS, LANE } from './chart-style';
import { barFacts } from './describe-bar';
import type { TimelineBar } from './timeline-model';

const WIDTH = 280;
// Bars in the first lanes get their tooltip below, the rest above, so it rarely lengthens the scrolling box.
const BELOW = 3;

interface TimelineTooltipProps {
  id: string;
  bar: TimelineBar;
  /** Where the bar starts and where the chart ends, in px of the chart's content. */
  left: number;
  right: number;
  startsAt?: Date;
}

/** The facts of the bar under the pointer or the focus, beside it in the chart's content so it scrolls with the bar. */
export function TimelineTooltip({ id, bar, left, right, startsAt }: TimelineTooltipProps) {
  const t = useT();
  const facts = barFacts(bar, startsAt);
  const below = bar.lane < BELOW;
  const top = AXIS + (below ? (bar.lane + 1) * LANE + 2 : bar.lane * LANE - 2);
  return (
    <Box
      role="tooltip"
      id={id}
      sx={{
        position: 'absolute',
        left: Math.max(0, Math.min(left, right - WIDTH)),
        top,
        transform: below ? undefined : 'translateY(-100%)',
        zIndex: 4,
        width: 'max-content',
        maxWidth: WIDTH,
        p: 1,
        borderRadius: 1,
        bgcolor: 'grey.900',
        color: 'common.white',
        typography: 'body2',
        pointerEvents: 'none',
        boxShadow: 3,
      }}
    >
      <Box sx={{ fontWeight: 'bold' }}>{facts.title}</Box>
      {facts.nodes && <div>{facts.nodes}</div>}
      <div>{t('schedule.bar.starts', { time: facts.starts })}</div>
      <div>{t('schedule.bar.ends', { time: facts.ends })}</div>
      <div>{t('schedule.bar.takes', { duration: facts.duration })}</div>
    </Box>
  );
}
