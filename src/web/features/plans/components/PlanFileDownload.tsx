import { Button, Typography } from '@mui/material';
import { ErrorState } from '../../../components/ErrorState';
import { useDownloadPlanFile } from '../api/plan-file';
import { useT } from '../../../i18n/parts/plans';
import { PlanExports } from './PlanExports';
import { PlanSection } from './PlanSection';

/** The revision as a `*.cce-plan.json`, to keep in git, review in a pull request, or open again in a planner. */
export function PlanFileDownload({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const download = useDownloadPlanFile(planId, revision);
  return (
    <PlanSection title={t('plans.file.heading')}>
      <Typography>{t('plans.file.explain')}</Typography>
      <Button variant="outlined" sx={{ mt: 1 }} disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? t('plans.file.preparing') : t('plans.file.download')}
      </Button>
      {download.isError && <ErrorState error={download.error} onRetry={() => download.mutate()} />}
      <Typography sx={{ mt: 2 }}>{t('plans.file.exports')}</Typography>
      <PlanExports planId={planId} revision={revision} />
    </PlanSection>
  );
}
