import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A region of the plan page named by its own second-level heading. */
export function PlanSection({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h2" id={headingId}>{title}</Typography>
        {actions}
      </Box>
      {children}
    </Box>
  );
}
