import { Alert, Button } from '@mui/material';
import { useEffect, useState, type MutableRefObject, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { ErrorState } from '../../../components/ErrorState';
import { useCanSubmit } from '../../../lib/session-queries';
import type { ReviseLink } from '../draft-storage';
import { ReportAddonBlockersContext, SubmitBlockersContext, useSubmitBlockers } from '../upgrade-request';
import { useApprovalsRequired } from '../use-approvals-required';
import { usePlanFileDownload } from '../use-plan-file-download';
import { useSaveFlow, type OnSaved } from '../use-save-flow';
import { useSubmitFlow, type OnSubmitted } from '../use-submit-flow';
import { ApprovalsNote } from './ApprovalsNote';
import { RequestActionButton } from './RequestActionButton';
import { SaveError } from './SaveError';
import { stepAction } from './SkipToStepActions';
import { SubmitPanel } from './SubmitPanel';
import { useT } from '../../../i18n/parts/review';

interface ReviewFrameProps {
  projectId: string;
  revise: ReviseLink | null;
  onSubmitted: OnSubmitted;
  onSaved: OnSaved;
  /** Opens the first step with an invalid field. */
  onInvalid: (errors: object) => void;
  /** Set to what submitting the wizard's form does on this step (Enter in a field, or Submit upgrade); null: nothing. */
  submitRef: MutableRefObject<(() => void) | null>;
  /** The wizard's busy state (a submit whose answer was lost, a form being submitted), which this step adds to. */
  busy: boolean;
  /** The wizard's row of actions, with this step's buttons in the middle. */
  actions: (buttons: ReactNode, busy: boolean) => ReactNode;
  /** The review step itself. */
  children: ReactNode;
}

/**
 * Everything that acts on the finished plan — why it may not go yet, submit, save for review, the plan file — loaded
 * with the review step: the first screen of the wizard never needs it.
 */
export function ReviewFrame({ projectId, revise, onSubmitted, onSaved, onInvalid, submitRef, busy: wizardBusy, actions, children }: ReviewFrameProps) {
  const t = useT();
  const form = useFormContext<Plan>();
  // The add-on findings come from the review step itself (null until it reports).
  const [addonBlockers, reportAddonBlockers] = useState<string[] | null>(null);
  const blockers = useSubmitBlockers(projectId, form.control, addonBlockers);
  const flow = useSubmitFlow(projectId, blockers, onSubmitted);
  const { saving, save } = useSaveFlow(revise, onSaved);
  const { exporting, download } = usePlanFileDownload();
  const canSubmit = useCanSubmit();
  const approvalsRequired = useApprovalsRequired();
  // With approvals required, the BFF refuses a plan that was not saved and approved: the wizard does not offer to try.
  const direct = canSubmit && approvalsRequired === 0;
  const busy = wizardBusy || flow.busy || saving.isPending;

  useEffect(() => {
    submitRef.current = direct ? () => void form.handleSubmit(flow.request, onInvalid)() : null;
    return () => {
      submitRef.current = null;
    };
  });

  return (
    <SubmitBlockersContext.Provider value={blockers}>
      <ReportAddonBlockersContext.Provider value={reportAddonBlockers}>
        {children}
        {/* A submit sent before approvals were required may still be unanswered: it is followed up either way. */}
        {canSubmit && (direct || flow.pending) && <SubmitPanel projectId={projectId} flow={flow} blockers={blockers} />}
        {canSubmit && <ApprovalsNote approvalsRequired={approvalsRequired} />}
        {saving.isError && <SaveError error={saving.error} revise={revise} />}
        {exporting.isError && <ErrorState error={exporting.error} />}
        {!canSubmit && (
          <Alert severity="info" sx={{ mt: 3 }}>
            {t('review.viewer')}
          </Alert>
        )}
        {actions(
          <>
            {direct && <Button type="submit" variant="contained" disabled={busy} {...stepAction}>{t('review.actions.submit')}</Button>}
            {canSubmit && (
              <RequestActionButton label={t('review.actions.save')} busyMessage={t('review.actions.saving')} primary={!direct} busy={saving.isPending}
                disabled={busy} onAction={save} onInvalid={onInvalid} />
            )}
            {/* Viewers too: a plan file is for reading and reviewing elsewhere, and sends nothing to CCE. */}
            <RequestActionButton label={t('review.actions.download')} busyMessage={t('review.actions.downloading')} primary={false} busy={exporting.isPending}
              disabled={busy} onAction={download} onInvalid={onInvalid} />
          </>,
          busy,
        )}
      </ReportAddonBlockersContext.Provider>
    </SubmitBlockersContext.Provider>
  );
}
