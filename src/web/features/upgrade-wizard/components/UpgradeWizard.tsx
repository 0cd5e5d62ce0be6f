import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { emptyPlan, planSchema, type Plan } from '../../../../shared/plan';
import { LoadingState } from '../../../components/LoadingState';
import { useCanSubmit } from '../../../lib/session-queries';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../draft-storage';
import {
  defaultTiming,
  newSafeSubmitState,
  SafeSubmitContext,
  useSafeSubmitState,
  type SafeSubmitContextValue,
  type SafeSubmitState,
  type SafeSubmitTiming,
} from '../safe-submit-state';
import { resumeIndex, steps } from '../steps';
import { StepGuardAlert, StepGuardProvider, useStepGuards } from '../step-guard';
import { SubmitBlockersContext, useSubmitBlockers } from '../upgrade-request';
import { useSubmitFlow, type OnSubmitted } from '../use-submit-flow';
import { SubmitPanel } from './SubmitPanel';

interface UpgradeWizardProps {
  projectId: string;
  onSubmitted: OnSubmitted;
  timing?: SafeSubmitTiming;
  /** Seeds the wizard from a saved plan revision and saves the edit as the next revision (implemented on its own branch). */
  revise?: { planId: string; revision: number };
  /** Called once a revision is saved. */
  onSaved?: (planId: string, revision: number) => void;
}

export function UpgradeWizard({ projectId, onSubmitted, timing = defaultTiming }: UpgradeWizardProps) {
  const [draft] = useState(loadDraft);
  const [state, setState] = useState<SafeSubmitState>(() => draft?.safeSubmit ?? newSafeSubmitState());
  const update = useCallback<SafeSubmitContextValue['update']>(
    (change) => setState((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) })),
    [],
  );
  const context = useMemo(() => ({ state, update, timing }), [state, update, timing]);
  return (
    <SafeSubmitContext.Provider value={context}>
      <Wizard projectId={projectId} onSubmitted={onSubmitted} draft={draft} reset={() => setState(newSafeSubmitState())} />
    </SafeSubmitContext.Provider>
  );
}

interface WizardProps {
  projectId: string;
  onSubmitted: OnSubmitted;
  draft: Draft | null;
  reset: () => void;
}

function Wizard({ projectId, onSubmitted, draft, reset }: WizardProps) {
  const { state } = useSafeSubmitState();
  const form = useForm<Plan>({ resolver: zodResolver(planSchema), defaultValues: draft?.plan ?? emptyPlan() });
  const [active, setActive] = useState(() =>
    draft ? resumeIndex(draft.stepId, (field) => planSchema.shape[field].safeParse(draft.plan[field]).success) : 0,
  );
  const step = steps[active]!;
  const isLast = active === steps.length - 1;
  const blockers = useSubmitBlockers(projectId, form.control);
  const flow = useSubmitFlow(projectId, blockers, onSubmitted);
  const canSubmit = useCanSubmit();
  const guards = useStepGuards();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    saveDraft(step.id, form.getValues(), state);
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(step.id, values, state) });
  }, [form, step.id, state]);

  // Keyboard and screen-reader users land on the new step's heading, not at the bottom of the page.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [active]);

  const goTo = (index: number) => {
    moved.current = true;
    flow.submission.reset();
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
    if (isLast && !canSubmit) return;
    void (isLast ? form.handleSubmit(flow.request, showInvalidStep)() : goNext());
  };

  const startOver = () => {
    clearDraft();
    form.reset(emptyPlan());
    reset();
    goTo(0);
  };

  const busy = form.formState.isSubmitting || flow.busy;
  return (
    <FormProvider {...form}>
      <SubmitBlockersContext.Provider value={blockers}>
        <Typography variant="h1" gutterBottom>Plan a cluster upgrade</Typography>
        <Box component="nav" aria-label="Wizard steps" sx={{ my: 3 }}>
          <Stepper activeStep={active}>
            {steps.map((candidate, index) => (
              <Step key={candidate.id} completed={index < active} aria-current={index === active ? 'step' : undefined}>
                <StepLabel>{candidate.label}</StepLabel>
              </Step>
            ))}
          </Stepper>
        </Box>
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
          {isLast && canSubmit && <SubmitPanel projectId={projectId} flow={flow} blockers={blockers} />}
          {isLast && !canSubmit && (
            <Alert severity="info" sx={{ mt: 3 }}>
              You are signed in as a viewer: you can review this plan and copy its JSON, but only an operator can submit it.
            </Alert>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 4 }}>
            <Button onClick={() => goTo(active - 1)} disabled={active === 0 || busy}>Back</Button>
            {(!isLast || canSubmit) && <Button type="submit" variant="contained" disabled={busy}>{isLast ? 'Submit upgrade' : 'Next'}</Button>}
            <Button onClick={startOver} disabled={busy} sx={{ ml: 'auto !important' }}>Start over</Button>
          </Stack>
        </Box>
      </SubmitBlockersContext.Provider>
    </FormProvider>
  );
}
