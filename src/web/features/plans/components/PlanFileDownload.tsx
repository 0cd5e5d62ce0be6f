import { Button, Typography } from '@mui/material';
import { ErrorState } from '../../../components/ErrorState';
import { useDownloadPlanFile } from '../api/plan-file';
import { PlanExports } from './PlanExports';
import { PlanSection } from './PlanSection';

/** The revision as a `*.cce-plan.json`, to keep in git, review in a pull request, or open again in a planner. */
export function PlanFileDownload({ planId, revision }: { planId: string; revision: number }) {
  const download = useDownloadPlanFile(planId, revision);
  return (
    <PlanSection title="Plan file and exports">
      <Typography>
        The file holds this revision’s exact request, the cluster snapshot it was made on and its approvals so far.
      </Typography>
      <Button variant="outlined" sx={{ mt: 1 }} disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? 'Preparing the plan file…' : 'Download plan file'}
      </Button>
      {download.isError && <ErrorState error={download.error} onRetry={() => download.mutate()} />}
      <Typography sx={{ mt: 2 }}>Or apply it with another tool: each export names what of the plan it cannot carry.</Typography>
      <PlanExports planId={planId} revision={revision} />
    </PlanSection>
  );
}
