import { Alert, Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { PlanningPool } from '../../../../shared/inventory';
import type { PlanLint } from '../../../../shared/plan-lints';
import { describeLint, lintSeverity } from '../../../lib/describe-lint';
import { Trans, useT } from '../../../i18n/parts/review';

const words = { error: 'review.lints.error', warning: 'review.lints.warning' } as const;

export function PlanLintList({ lints, pools }: { lints: readonly PlanLint[]; pools: readonly PlanningPool[] }) {
  const t = useT();
  const headingId = useId();
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  const poolName = (id: string) => names.get(id) ?? id;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h3" id={headingId} gutterBottom>{t('review.lints.heading')}</Typography>
      {lints.length === 0 ? (
        <Typography>{t('review.lints.none')}</Typography>
      ) : (
        <Box component="ul" aria-labelledby={headingId} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
          {lints.map((lint, index) => {
            const severity = lintSeverity(lint);
            return (
              // The list is the announcement; role "alert" on each item would interrupt the reader for every one.
              <Alert component="li" role="listitem" key={index} severity={severity}>
                <Trans id={words[severity]} values={{ text: describeLint(lint, poolName) }} components={{ 0: <strong /> }} />
              </Alert>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
