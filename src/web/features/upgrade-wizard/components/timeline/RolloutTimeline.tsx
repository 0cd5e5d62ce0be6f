import { Box, Button, Stack, Typography } from '@mui/material';
import { useId, useMemo, useRef, useState } from 'react';
import type { Estimate } from '../../../../../shared/duration-model';
import { useT } from '../../../../i18n/parts/schedule';
import { formatMinutes } from '../../../../lib/format-duration';
import { joinSentences } from '../../../../lib/word-lists';
import { TimelineChart } from './TimelineChart';
import { TimelineTable } from './TimelineTable';
import { userTimeZone } from '../../../../lib/format-time';
import { formatMoment } from './time-axis';
import { timelineModel, type TimelinePool } from './timeline-model';
import { useContainerWidth } from './use-container-width';
import { visuallyHidden } from '../../../../lib/visually-hidden';

const ZOOMS = [1, 2, 4, 8, 16, 32];
// Lane names take this much of a narrow screen, more of a wide one.
const gutterFor = (width: number) => (width < 480 ? 96 : 168);

export interface RolloutTimelineProps {
  estimate: Estimate;
  /** Node pools in upgrade order: one lane each, under the cluster-wide lane. */
  pools: readonly TimelinePool[];
  /** When the upgrade starts: ticks then show wall-clock times in the user's time zone; without it, time from the start. */
  startsAt?: Date;
  /** The maintenance window's length from the start, drawn as a band with its end marked. */
  windowMinutes?: number;
}

/** The rollout as a picture: time across, one lane per pool, each phase a bar from its earliest start as long as its range. */
export function RolloutTimeline({ estimate, pools, startsAt, windowMinutes }: RolloutTimelineProps) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const [zoom, setZoom] = useState(0);
  const [table, setTable] = useState(false);
  // The model holds the lane and bar names: `t` changes with the language, so the names follow a switch.
  const model = useMemo(() => timelineModel(estimate, pools, t), [estimate, pools, t]);
  const zoomBy = (direction: 1 | -1) => setZoom((level) => Math.max(0, Math.min(ZOOMS.length - 1, level + direction)));
  const gutter = gutterFor(width);
  const plotWidth = Math.max(160, width - gutter - 2) * ZOOMS[zoom]!;
  const domainMax = Math.max(estimate.total.high, windowMinutes ?? 0, 1) * 1.02;
  const waves = model.bars.filter((bar) => bar.phase.wave).length;
  const [endsLow, endsHigh] = [formatMoment(estimate.total.low, startsAt), formatMoment(estimate.total.high, startsAt)];
  const summary = joinSentences([
    t('schedule.timeline.summary', { waves, pools: pools.length }),
    endsLow === endsHigh ? t('schedule.timeline.endsAt', { end: endsLow }) : t('schedule.timeline.endsBetween', { low: endsLow, high: endsHigh }),
    windowMinutes !== undefined && t('schedule.timeline.windowLasts', { length: formatMinutes(windowMinutes) }),
    t('schedule.timeline.keys'),
  ]);
  return (
    <Stack ref={ref} spacing={1} data-testid="rollout-timeline" sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button size="small" variant="outlined" onClick={() => zoomBy(-1)} disabled={zoom === 0}>{t('schedule.timeline.zoomOut')}</Button>
        <Button size="small" variant="outlined" onClick={() => zoomBy(1)} disabled={zoom === ZOOMS.length - 1}>{t('schedule.timeline.zoomIn')}</Button>
        <Typography variant="body2" role="status">{t('schedule.timeline.zoomLevel', { zoom: ZOOMS[zoom] })}</Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {startsAt ? t('schedule.timeline.legendZone', { zone: userTimeZone() }) : t('schedule.timeline.legendFromStart')}
      </Typography>
      <Typography id={`${id}-summary`} variant="body2" sx={visuallyHidden}>
        {summary}
      </Typography>
      <TimelineChart
        lanes={model.lanes}
        bars={model.bars}
        domainMax={domainMax}
        plotWidth={plotWidth}
        gutter={gutter}
        startsAt={startsAt}
        windowMinutes={windowMinutes}
        zoom={zoom}
        onZoom={zoomBy}
        label={t('schedule.section.heading')}
        describedBy={`${id}-summary`}
      />
      <Box>
        <Button size="small" aria-expanded={table} aria-controls={table ? `${id}-table` : undefined} onClick={() => setTable((open) => !open)}>
          {table ? t('schedule.timeline.hideTable') : t('schedule.timeline.showTable')}
        </Button>
      </Box>
      {table && <TimelineTable id={`${id}-table`} bars={model.bars} startsAt={startsAt} />}
    </Stack>
  );
}
