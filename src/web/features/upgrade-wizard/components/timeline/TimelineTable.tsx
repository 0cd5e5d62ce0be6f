import { Box } from '@mui/material';
import { useT } from '../../../../i18n/parts/schedule';
import { barFacts } from './describe-bar';
import type { TimelineBar } from './timeline-model';

const cell = { px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', textAlign: 'left', verticalAlign: 'top', fontWeight: 'normal' } as const;

/** The chart in words, one row a bar, for screen readers and for anyone who would rather read than hover. */
export function TimelineTable({ id, bars, startsAt }: { id: string; bars: readonly TimelineBar[]; startsAt?: Date }) {
  const t = useT();
  return (
    <Box id={id} tabIndex={0} role="region" aria-label={t('schedule.table.label')} sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'grey.400', borderRadius: 1 }}>
      <Box
        component="table"
        sx={{ borderCollapse: 'collapse', width: '100%', typography: 'body2', '& th, & td': cell, '& thead th': { position: 'sticky', top: 0, bgcolor: 'background.paper', fontWeight: 'bold' } }}
      >
        <thead>
          <tr>
            <th scope="col">{t('schedule.table.phase')}</th>
            <th scope="col">{t('schedule.table.nodes')}</th>
            <th scope="col">{t('schedule.table.starts')}</th>
            <th scope="col">{t('schedule.table.ends')}</th>
            <th scope="col">{t('schedule.table.takes')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, i) => {
            const facts = barFacts(bar, startsAt);
            return (
              <tr key={i}>
                <th scope="row">{facts.title}</th>
                <td>{facts.nodes ?? t('schedule.table.clusterWide')}</td>
                <td>{facts.starts}</td>
                <td>{facts.ends}</td>
                <td>{facts.duration}</td>
              </tr>
            );
          })}
        </tbody>
      </Box>
    </Box>
  );
}
