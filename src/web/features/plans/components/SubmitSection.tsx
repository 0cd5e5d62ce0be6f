import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { addonBlockers } from '../../../lib/addon-blockers';
import { BffCode } from '../../../../shared/bff-errors';
import type { PlanDetail, Revision } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { RouterLink } from '../../../components/RouterLink';
import { ApiError } from '../../../lib/api-client';
import { useSubmitPlan } from '../api/submit-plan';
import { planEditPath } from '../plan-paths';
import { useRevisionAddonFates } from '../use-revision-addon-fates';
import { ConfirmPlanSubmitDialog } from './ConfirmPlanSubmitDialog';
import { DriftList } from './DriftList';
import { PlanSection } from './PlanSection';

const drifted = (error: unknown): error is ApiError => error instanceof ApiError && error.code === BffCode.PLAN_DRIFTED;

interface SubmitSectionProps {
  detail: PlanDetail;
  revision: Revision;
  onSubmitted: (clusterId: string, taskId: string) => void;
}

/** Sends the approved revision's exact text; the BFF checks approvals and takes a fresh snapshot before CCE sees it. */
export function SubmitSection({ detail, revision, onSubmitted }: SubmitSectionProps) {
  const submit = useSubmitPlan();
  const [confirming, setConfirming] = useState(false);
  const [blockedShown, setBlockedShown] = useState(false);
  // An add-on no version can carry to the target, or a patch CCE would refuse, is a reason not to send (the BFF checks drift, not this).
  const blockers = addonBlockers(useRevisionAddonFates(revision), revision.plan.targetVersion);
  const driftHeading = useRef<HTMLHeadingElement>(null);
  const approvals = detail.reviews.filter((review) => review.revision === revision.revision && review.verdict === 'approve').length;
  useEffect(() => {
    if (drifted(submit.error)) driftHeading.current?.focus();
  }, [submit.error]);

  const send = () =>
    submit.mutate(
      { clusterId: detail.clusterId, revision },
      {
        onSuccess: ({ taskId }) => onSubmitted(detail.clusterId, taskId),
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <PlanSection title="Submit">
      <Typography>Submitting sends revision {revision.revision} to CCE exactly as shown above.</Typography>
      <Button variant="contained" color="warning" sx={{ mt: 1 }} disabled={submit.isPending} onClick={() => { submit.reset(); setBlockedShown(blockers.length > 0); setConfirming(blockers.length === 0); }}>
        Submit upgrade
      </Button>
      {blockedShown && blockers.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <AlertTitle>This revision cannot be submitted</AlertTitle>
          <Box component="ul" sx={{ my: 0, pl: 2 }}>
            {blockers.map((blocker) => <li key={blocker}>{blocker}</li>)}
          </Box>
          Fix it in a new revision: <RouterLink href={planEditPath(detail.id, revision.revision)}>Re-plan from here</RouterLink>.
        </Alert>
      )}
      <ConfirmPlanSubmitDialog
        open={confirming}
        clusterName={detail.clusterName}
        version={`${detail.fromVersion} → ${revision.plan.targetVersion}`}
        approvals={approvals}
        busy={submit.isPending}
        keepFocus={!submit.isIdle}
        onCancel={() => setConfirming(false)}
        onConfirm={send}
      />
      {drifted(submit.error) ? (
        <Box>
          <DriftList ref={driftHeading} heading="The cluster changed since this plan was reviewed" items={submit.error.drift} />
          <Typography>Nothing was sent. Plan again from this revision on the cluster as it is now, and have it reviewed again.</Typography>
          <RouterLink href={planEditPath(detail.id, revision.revision)}>Re-plan from here</RouterLink>
        </Box>
      ) : (
        submit.isError && <ErrorState error={submit.error} onRetry={send} />
      )}
    </PlanSection>
  );
}
