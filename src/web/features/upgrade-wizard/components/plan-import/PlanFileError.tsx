import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { PLAN_FILE_SUFFIX } from '../../../../../shared/plan-file';
import { Trans, useT } from '../../../../i18n/parts/plan-import';
import { planFileIssues, type PlanFileReading } from './read-plan-file';

type Failed = Extract<PlanFileReading, { ok: false }>;

const titles = {
  unreadable: 'plan-import.error.unreadable',
  'not-json': 'plan-import.error.notJson',
  'not-a-plan-file': 'plan-import.error.notPlanFile',
} as const satisfies Record<Failed['kind'], string>;

/** Why a picked file cannot be opened, in full: every schema issue with its path, so the file can be fixed. */
export function PlanFileError({ name, reading }: { name: string; reading: Failed }) {
  const t = useT();
  return (
    <Alert severity="error">
      <AlertTitle>{t(titles[reading.kind], { name })}</AlertTitle>
      {reading.kind === 'not-a-plan-file' ? (
        <Box component="ul" aria-label={t('plan-import.error.issues')} sx={{ my: 1, pl: 2 }}>
          {planFileIssues(reading.json).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <Box component="code" sx={{ fontWeight: 'bold' }}>{issue.path}</Box>: {issue.message}
            </li>
          ))}
        </Box>
      ) : (
        // The browser's or the JSON parser's own words.
        <Typography variant="body2">{reading.message}</Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        <Trans id="plan-import.error.nothingOpened" values={{ suffix: PLAN_FILE_SUFFIX }} components={{ 0: <code /> }} />
      </Typography>
    </Alert>
  );
}
