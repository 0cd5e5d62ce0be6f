import { Alert, Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { PlanningPool } from '../../../../shared/inventory';
import { describeLint, lintSeverity, type PlanLint } from '../../../../shared/plan-lints';

const words = { error: 'Error', warning: 'Warning' } as const;

export function PlanLintList({ lints, pools }: { lints: readonly PlanLint[]; pools: readonly PlanningPool[] }) {
  const headingId = useId();
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  const poolName = (id: string) => names.get(id) ?? id;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h3" id={headingId} gutterBottom>Plan warnings</Typography>
      {lints.length === 0 ? (
        <Typography>The planner found nothing to warn about in this plan.</Typography>
      ) : (
        <Box component="ul" aria-labelledby={headingId} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
          {lints.map((lint, index) => {
            const severity = lintSeverity(lint);
            return (
              // The list is the announcement; role "alert" on each item would interrupt the reader for every one.
              <Alert component="li" role="listitem" key={index} severity={severity}>
                <strong>{words[severity]}:</strong> {describeLint(lint, poolName)}
              </Alert>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
