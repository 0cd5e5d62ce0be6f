import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { emptyPlan, planSchema, type Plan } from '../../../../shared/plan';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useCanSubmit } from '../../../lib/session-queries';
import { useSubmitUpgrade } from '../api/submit-upgrade';
import { clearDraft, loadDraft, saveDraft } from '../draft-storage';
import { requestText } from '../request-text';
import { StepGuardAlert, StepGuardProvider, useStepGuards } from '../step-guard';
import { resumeIndex, steps } from '../steps';

interface UpgradeWizardProps {
  projectId: string;
  onSubmitted: (clusterId: string, taskId: string) => void;
}

export function UpgradeWizard({ projectId, onSubmitted }: UpgradeWizardProps) {
  const [draft] = useState(loadDraft);
  const form = useForm<Plan>({ resolver: zodResolver(planSchema), defaultValues: draft?.plan ?? emptyPlan() });
  const [active, setActive] = useState(() =>
    draft ? resumeIndex(draft.stepId, (field) => planSchema.shape[field].safeParse(draft.plan[field]).success) : 0,
  );
  const step = steps[active]!;
  const isLast = active === steps.length - 1;
  const submission = useSubmitUpgrade();
  const canSubmit = useCanSubmit();
  const inFlight = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const guards = useStepGuards();

  useEffect(() => {
    saveDraft(step.id, form.getValues());
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(step.id, values) });
  }, [form, step.id]);

  // Keyboard and screen-reader users land on the new step's heading, not at the bottom of the page.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [active]);

  const goTo = (index: number) => {
    moved.current = true;
    submission.reset();
    guards.forget();
    setActive(index);
  };

  const goNext = async () => {
    const valid = await form.trigger(step.fields, { shouldFocus: true });
    if (guards.allowLeave() && valid) goTo(active + 1);
  };

  const submitValid = async ({ clusterId }: Plan) => {
    // A second click can arrive before the disabled state renders; only one request may leave.
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const response = await submission.mutateAsync({ projectId, clusterId, body: requestText(form.getValues()) });
      clearDraft();
      onSubmitted(clusterId, response.metadata.uid);
    } catch {
      // The mutation holds the error and the page shows it; the user may submit again.
      inFlight.current = false;
    }
  };

  const showInvalidStep = (errors: object) => {
    const first = steps.findIndex((candidate) => candidate.fields.some((field) => field in errors));
    if (first !== -1) goTo(first);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isLast && !canSubmit) return;
    void (isLast ? form.handleSubmit(submitValid, showInvalidStep)() : goNext());
  };

  const startOver = () => {
    clearDraft();
    form.reset(emptyPlan());
    goTo(0);
  };

  const busy = form.formState.isSubmitting || submission.isPending;
  return (
    <FormProvider {...form}>
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
        {isLast && submission.isError && (
          <Box sx={{ mt: 3 }}>
            <ErrorState error={submission.error} />
          </Box>
        )}
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
    </FormProvider>
  );
}
