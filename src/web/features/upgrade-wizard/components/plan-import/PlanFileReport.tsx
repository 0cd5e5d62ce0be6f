import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import type { PlanFile, PlanFileCheck, PlanFileProblem } from '../../../../../shared/plan-file';
import { useT } from '../../../../i18n/parts/plan-import';
import { formatTime } from '../../../../lib/format-time';
import { DriftItems } from '../../../../components/DriftItems';
import { PlanFileFacts } from './PlanFileFacts';

/** A problem's code as a message's select value (ICU keys are identifiers). */
const problemKeys: Record<PlanFileProblem, string> = {
  'plan-cluster': 'planCluster',
  'snapshot-cluster': 'snapshotCluster',
  'request-text': 'requestText',
  'body-hash': 'bodyHash',
  'snapshot-hash': 'snapshotHash',
};

interface PlanFileReportProps {
  file: PlanFile;
  check: PlanFileCheck;
  onOpen: () => void;
}

/** The file's facts and the BFF's check of it, then the one way on: open its plan in the wizard for review. */
export function PlanFileReport({ file, check, onOpen }: PlanFileReportProps) {
  const t = useT();
  const drifted = check.drift.length > 0;
  return (
    <Box component="section" aria-labelledby="plan-file-heading">
      <Typography variant="h2" id="plan-file-heading" gutterBottom>{t('plan-import.report.heading', { name: file.cluster.name })}</Typography>
      <PlanFileFacts file={file} />
      {check.problems.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <AlertTitle component="h3">{t('plan-import.report.inconsistent')}</AlertTitle>
          <Typography variant="body2">{t('plan-import.report.inconsistentBody')}</Typography>
          <Box component="ul" aria-label={t('plan-import.report.inconsistencies')} sx={{ my: 1, pl: 3 }}>
            {check.problems.map((problem) => (
              <li key={problem.code}>{t('plan-import.report.problem', { code: problemKeys[problem.code], planCluster: file.plan.clusterId, fileCluster: file.cluster.id })}</li>
            ))}
          </Box>
        </Alert>
      )}
      {drifted ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          <AlertTitle component="h3">{t('plan-import.report.drifted')}</AlertTitle>
          <DriftItems label={t('plan-import.report.driftList')} items={check.drift} />
          <Typography variant="body2">{t('plan-import.report.driftBody')}</Typography>
        </Alert>
      ) : (
        <Alert severity="success" sx={{ mt: 2 }}>
          <AlertTitle component="h3">{t('plan-import.report.unchanged')}</AlertTitle>
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('plan-import.report.checked', { time: formatTime(check.checkedAt) })}</Typography>
      <Typography sx={{ mt: 2 }}>{t('plan-import.report.opens')}</Typography>
      <Button variant="contained" sx={{ mt: 2 }} onClick={onOpen}>
        {t(drifted ? 'plan-import.report.replan' : 'plan-import.report.open')}
      </Button>
    </Box>
  );
}
