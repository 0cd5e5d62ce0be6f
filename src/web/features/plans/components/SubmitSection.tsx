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
import { Trans, useT } from '../../../i18n/parts/plans';

const drifted = (error: unknown): error is ApiError => error instanceof ApiError && error.code === BffCode.PLAN_DRIFTED;

interface SubmitSectionProps {
  detail: PlanDetail;
  revision: Revision;
  onSubmitted: (clusterId: string, taskId: string) => void;
}

/** Sends the approved revision's exact text; the BFF checks approvals and takes a fresh snapshot before CCE sees it. */
export function SubmitSection({ detail, revision, onSubmitted }: SubmitSectionProps) {
  const t = useT();
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
    <PlanSection title={t('plans.submit.heading')}>
      <Typography>{t('plans.submit.explain', { revision: revision.revision })}</Typography>
      <Button variant="contained" color="warning" sx={{ mt: 1 }} disabled={submit.isPending} onClick={() => { submit.reset(); setBlockedShown(blockers.length > 0); setConfirming(blockers.length === 0); }}>
        {t('plans.submit.button')}
      </Button>
      {blockedShown && blockers.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <AlertTitle>{t('plans.submit.blocked')}</AlertTitle>
          <Box component="ul" sx={{ my: 0, pl: 2 }}>
            {blockers.map((blocker) => <li key={blocker}>{blocker}</li>)}
          </Box>
          <Trans id="plans.submit.fix" components={{ 0: <RouterLink href={planEditPath(detail.id, revision.revision)} /> }} />
        </Alert>
      )}
      <ConfirmPlanSubmitDialog
        open={confirming}
        clusterName={detail.clusterName}
        version={t('plans.list.versions', { from: detail.fromVersion, to: revision.plan.targetVersion })}
        approvals={approvals}
        busy={submit.isPending}
        keepFocus={!submit.isIdle}
        onCancel={() => setConfirming(false)}
        onConfirm={send}
      />
      {drifted(submit.error) ? (
        <Box>
          <DriftList ref={driftHeading} heading={t('plans.submit.drifted')} items={submit.error.drift} />
          <Typography>{t('plans.submit.nothingSent')}</Typography>
          <RouterLink href={planEditPath(detail.id, revision.revision)}>{t('plans.submit.replan')}</RouterLink>
        </Box>
      ) : (
        submit.isError && <ErrorState error={submit.error} onRetry={send} />
      )}
    </PlanSection>
  );
}
