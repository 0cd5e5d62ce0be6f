import { Alert, AlertTitle, Box } from '@mui/material';
import { lazy, Suspense } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { isOutcomeUnknownPlan } from '../api/submit-upgrade';
import { useSafeSubmitState } from '../safe-submit-state';
import { useUpgradeRequest } from '../upgrade-request';
import type { useSubmitFlow } from '../use-submit-flow';
import { useT } from '../../../i18n/parts/review';

// The dialog (MUI's Dialog and TextField) and the reconcile form are needed only once a submit is asked for or pending.
const ConfirmSubmitDialog = lazy(() => import('./ConfirmSubmitDialog').then((m) => ({ default: m.ConfirmSubmitDialog })));
const SubmitReconcile = lazy(() => import('./SubmitReconcile').then((m) => ({ default: m.SubmitReconcile })));

interface SubmitPanelProps {
  projectId: string;
  flow: ReturnType<typeof useSubmitFlow>;
  blockers: string[];
}

/** Everything between the Submit button and the task view: why it is blocked, the confirmation, errors, a lost answer. */
export function SubmitPanel({ projectId, flow, blockers }: SubmitPanelProps) {
  const t = useT();
  const { state } = useSafeSubmitState();
  const request = useUpgradeRequest();
  return (
    <>
      {flow.blockedShown && blockers.length > 0 && (
        <Alert severity="error" sx={{ mt: 3 }}>
          <AlertTitle>{t('review.submit.cannotYet')}</AlertTitle>
          <Box component="ul" sx={{ my: 0, pl: 2 }}>
            {blockers.map((blocker) => <li key={blocker}>{blocker}</li>)}
          </Box>
        </Alert>
      )}
      {/* A plan held back by the BFF keeps its words on screen while the planner looks for the task. */}
      {flow.submission.isError && (!flow.pending || isOutcomeUnknownPlan(flow.submission.error)) && (
        <Box sx={{ mt: 3 }}>
          <ErrorState error={flow.submission.error} />
        </Box>
      )}
      {flow.pending && (
        <Box sx={{ mt: 3 }}>
          <Suspense fallback={<LoadingState label={t('review.loading.submitFollowUp')} />}>
            <SubmitReconcile projectId={projectId} pending={flow.pending} onFound={flow.found} onSubmitAgain={flow.submitAgain} onKeepPlan={flow.keepPlan} />
          </Suspense>
        </Box>
      )}
      {/* Mounted with the review, so its code is there before Submit is pressed. */}
      <Suspense fallback={null}>
        <ConfirmSubmitDialog
          open={flow.confirming}
          projectId={projectId}
          plan={request.plan}
          acceptedRisks={state.acceptedRisks}
          busy={flow.submission.isPending}
          onCancel={flow.cancel}
          onConfirm={() => void flow.confirm(request)}
        />
      </Suspense>
    </>
  );
}
