import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import type { PlanFileReading } from './read-plan-file';

type Failed = Extract<PlanFileReading, { ok: false }>;

const titles: Record<Failed['kind'], (name: string) => string> = {
  unreadable: (name) => `${name} could not be read`,
  'not-json': (name) => `${name} is not JSON`,
  'not-a-plan-file': (name) => `${name} is not a plan file the planner can open`,
};

/** Why a picked file cannot be opened, in full: every schema issue with its path, so the file can be fixed. */
export function PlanFileError({ name, reading }: { name: string; reading: Failed }) {
  return (
    <Alert severity="error">
      <AlertTitle>{titles[reading.kind](name)}</AlertTitle>
      {reading.kind === 'not-a-plan-file' ? (
        <Box component="ul" aria-label="What is wrong with the file" sx={{ my: 1, pl: 2 }}>
          {reading.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <Box component="code" sx={{ fontWeight: 'bold' }}>{issue.path}</Box>: {issue.message}
            </li>
          ))}
        </Box>
      ) : (
        <Typography variant="body2">{reading.message}</Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        Nothing was opened. Choose the <code>.cce-plan.json</code> file the planner downloaded, or correct this one and choose it again.
      </Typography>
    </Alert>
  );
}
