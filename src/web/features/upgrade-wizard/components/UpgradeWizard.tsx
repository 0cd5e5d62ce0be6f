import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { emptyPlan, planSchema, type Plan } from '../../../../shared/plan';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useCanSubmit } from '../../../lib/session-queries';
import { clearDraft, loadDraft, saveDraft, type Draft, type ReviseLink } from '../draft-storage';
import {
  defaultTiming,
  newSafeSubmitState,
  SafeSubmitContext,
  useSafeSubmitState,
  type SafeSubmitContextValue,
  type SafeSubmitState,
  type SafeSubmitTiming,
} from '../safe-submit-state';
import { preloadNextSteps, resumeIndex, steps } from '../steps';
import { StepGuardAlert, StepGuardProvider, useStepGuards } from '../step-guard';
import { ReportAddonBlockersContext, SubmitBlockersContext, useSubmitBlockers } from '../upgrade-request';
import { useApprovalsRequired } from '../use-approvals-required';
import { usePlanFileDownload } from '../use-plan-file-download';
import { useSaveFlow, type OnSaved } from '../use-save-flow';
import { useSubmitFlow, type OnSubmitted } from '../use-submit-flow';
import { ApprovalsNote } from './ApprovalsNote';
import { RevisionDraft } from './RevisionDraft';
import { RequestActionButton } from './RequestActionButton';
import { SaveError } from './SaveError';
import { SubmitPanel } from './SubmitPanel';
import { WizardHeader } from './WizardHeader';

interface UpgradeWizardProps {
  projectId: string;
  onSubmitted: OnSubmitted;
  /** The plan was saved for review: the app opens its page. */
  onSaved: OnSaved;
  /** A saved revision to edit: saving then makes the plan's next revision. */
  revise?: ReviseLink;
  timing?: SafeSubmitTiming;
}

export function UpgradeWizard({ revise, ...props }: UpgradeWizardProps) {
  const [stored] = useState(loadDraft);
  // A draft already revising this revision keeps its edits (a reload); any other draft gives way to the revision asked for.
  if (revise && !(stored?.revise?.planId === revise.planId && stored.revise.revision === revise.revision)) {
    return <RevisionDraft revise={revise}>{(draft) => <DraftWizard {...props} draft={draft} />}</RevisionDraft>;
  }
  return <DraftWizard {...props} draft={stored} />;
}

type DraftWizardProps = Omit<UpgradeWizardProps, 'revise'> & { draft: Draft | null };

function DraftWizard({ projectId, onSubmitted, onSaved, timing = defaultTiming, draft }: DraftWizardProps) {
  const [state, setState] = useState<SafeSubmitState>(() => draft?.safeSubmit ?? newSafeSubmitState());
  const [revise, setRevise] = useState(() => draft?.revise ?? null);
  const update = useCallback<SafeSubmitContextValue['update']>(
    (change) => setState((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) })),
    [],
  );
  const context = useMemo(() => ({ state, update, timing }), [state, update, timing]);
  // Starting over starts a new plan: the link to the revised one goes with the rest.
  const reset = () => {
    setState(newSafeSubmitState());
    setRevise(null);
  };
  return (
    <SafeSubmitContext.Provider value={context}>
      <Wizard projectId={projectId} onSubmitted={onSubmitted} onSaved={onSaved} draft={draft} revise={revise} reset={reset} />
    </SafeSubmitContext.Provider>
  );
}

interface WizardProps {
  projectId: string;
  onSubmitted: OnSubmitted;
  onSaved: OnSaved;
  draft: Draft | null;
  revise: ReviseLink | null;
  reset: () => void;
}

function Wizard({ projectId, onSubmitted, onSaved, draft, revise, reset }: WizardProps) {
  const { state } = useSafeSubmitState();
  const form = useForm<Plan>({ resolver: zodResolver(planSchema), defaultValues: draft?.plan ?? emptyPlan() });
  const [active, setActive] = useState(() =>
    draft ? resumeIndex(draft.stepId, (field) => planSchema.shape[field].safeParse(draft.plan[field]).success) : 0,
  );
  const step = steps[active]!;
  const isLast = active === steps.length - 1;
  const [addonBlockers, reportAddonBlockers] = useState<string[] | null>(null);
  const blockers = useSubmitBlockers(projectId, form.control, addonBlockers);
  const flow = useSubmitFlow(projectId, blockers, onSubmitted);
  const { saving, save } = useSaveFlow(revise, onSaved);
  const { exporting, download } = usePlanFileDownload();
  const canSubmit = useCanSubmit();
  const approvalsRequired = useApprovalsRequired();
  // With approvals required, the BFF refuses a plan that was not saved and approved: the wizard does not offer to try.
  const direct = canSubmit && approvalsRequired === 0;
  const guards = useStepGuards();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    saveDraft(step.id, form.getValues(), state, revise);
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(step.id, values, state, revise) });
  }, [form, step.id, state, revise]);

  useEffect(preloadNextSteps, []);

  // Keyboard and screen-reader users land on the new step's heading, not at the bottom of the page.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [active]);

  const goTo = (index: number) => {
    moved.current = true;
    flow.submission.reset();
    saving.reset();
    exporting.reset();
    guards.forget();
    setActive(index);
  };

  const goNext = async () => {
    const valid = await form.trigger(step.fields, { shouldFocus: true });
    if (guards.allowLeave() && valid) goTo(active + 1);
  };

  const showInvalidStep = (errors: object) => {
    const first = steps.findIndex((candidate) => candidate.fields.some((field) => field in errors));
    if (first !== -1) goTo(first);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isLast && !direct) return;
    void (isLast ? form.handleSubmit(flow.request, showInvalidStep)() : goNext());
  };

  const startOver = () => {
    clearDraft();
    form.reset(emptyPlan());
    reset();
    goTo(0);
  };

  const busy = form.formState.isSubmitting || flow.busy || saving.isPending;
  return (
    <FormProvider {...form}>
      <SubmitBlockersContext.Provider value={blockers}>
        <ReportAddonBlockersContext.Provider value={reportAddonBlockers}>
        <WizardHeader active={active} revise={revise} />
        <Box component="form" noValidate onSubmit={onSubmit} aria-labelledby="wizard-step-heading">
          <Typography variant="body2" color="text.secondary">Step {active + 1} of {steps.length}</Typography>
          <Typography variant="h2" id="wizard-step-heading" ref={headingRef} tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
            {step.label}
          </Typography>
          <Suspense fallback={<LoadingState label={`Loading ${step.label}`} />}>
            <StepGuardProvider guard={guards.guard}>
              <step.Component projectId={projectId} />
            </StepGuardProvider>
          </Suspense>
          {guards.refused && <StepGuardAlert reasons={guards.blocking} />}
          {/* A submit sent before approvals were required may still be unanswered: it is followed up either way. */}
          {isLast && canSubmit && (direct || flow.pending) && <SubmitPanel projectId={projectId} flow={flow} blockers={blockers} />}
          {isLast && canSubmit && <ApprovalsNote approvalsRequired={approvalsRequired} />}
          {isLast && saving.isError && <SaveError error={saving.error} revise={revise} />}
          {isLast && exporting.isError && <ErrorState error={exporting.error} />}
          {isLast && !canSubmit && (
            <Alert severity="info" sx={{ mt: 3 }}>
              You are signed in as a viewer: you can review this plan and copy its JSON, but only an operator can submit it.
            </Alert>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 4 }}>
            <Button onClick={() => goTo(active - 1)} disabled={active === 0 || busy}>Back</Button>
            {!isLast && <Button type="submit" variant="contained" disabled={busy}>Next</Button>}
            {isLast && direct && <Button type="submit" variant="contained" disabled={busy}>Submit upgrade</Button>}
            {isLast && canSubmit && (
              <RequestActionButton label="Save for review" busyMessage="Saving the plan for review…" primary={!direct} busy={saving.isPending}
                disabled={busy} onAction={save} onInvalid={showInvalidStep} />
            )}
            {/* Viewers too: a plan file is for reading and reviewing elsewhere, and sends nothing to CCE. */}
            {isLast && (
              <RequestActionButton label="Download plan file" busyMessage="Preparing the plan file…" primary={false} busy={exporting.isPending}
                disabled={busy} onAction={download} onInvalid={showInvalidStep} />
            )}
            <Button onClick={startOver} disabled={busy} sx={{ ml: 'auto !important' }}>Start over</Button>
          </Stack>
        </Box>
        </ReportAddonBlockersContext.Provider>
      </SubmitBlockersContext.Provider>
    </FormProvider>
  );
}
