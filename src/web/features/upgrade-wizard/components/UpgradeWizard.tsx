import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Stack, Typography } from '@mui/material';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { emptyPlan, planSchema, type Plan } from '../../../../shared/plan';
import { LoadingState } from '../../../components/LoadingState';
import { QueryErrorBoundary } from '../../../components/QueryErrorBoundary';
import { navigate, replace, usePathname } from '../../../lib/router';
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
import { newPlanBase, stepInPath, stepPath, type StepId } from '../step-paths';
import { preloadNextSteps, resumeIndex, stepIndex, steps } from '../steps';
import { StepGuardAlert, StepGuardProvider, useStepGuards } from '../step-guard';
import type { OnSaved } from '../use-save-flow';
import type { OnSubmitted } from '../use-submit-flow';
import { RevisionDraft } from './RevisionDraft';
import { SkipToStepActions, stepAction } from './SkipToStepActions';
import { WizardNavigationContext, type WizardNavigation } from '../wizard-navigation';
import { WizardHeader } from './WizardHeader';
import { useT } from '../../../i18n/i18n';

// Starting over is rare: its dialog and undo (MUI Dialog, Snackbar) load when asked for, not with the first screen.
const StartOverDialog = lazy(() => import('./StartOverDialog').then((m) => ({ default: m.StartOverDialog })));
const StartOverUndo = lazy(() => import('./StartOverDialog').then((m) => ({ default: m.StartOverUndo })));
// What acts on the finished plan (submit, save for review, the plan file) loads with the review step.
const ReviewFrame = lazy(() => import('./ReviewFrame').then((m) => ({ default: m.ReviewFrame })));

interface UpgradeWizardProps {
  projectId: string;
  onSubmitted: OnSubmitted;
  /** The plan was saved for review: the app opens its page. */
  onSaved: OnSaved;
  /** A saved revision to edit: saving then makes the plan's next revision. */
  revise?: ReviseLink;
  timing?: SafeSubmitTiming;
  /** Where the steps' addresses live: `/plan`, or a revision's edit address. */
  basePath?: string;
  /** How long "Start over" may be undone; tests shorten it. */
  undoMs?: number;
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

function DraftWizard({ projectId, onSubmitted, onSaved, timing = defaultTiming, basePath = newPlanBase, undoMs = 10_000, draft }: DraftWizardProps) {
  const [state, setState] = useState<SafeSubmitState>(() => draft?.safeSubmit ?? newSafeSubmitState());
  const [revise, setRevise] = useState(() => draft?.revise ?? null);
  const update = useCallback<SafeSubmitContextValue['update']>(
    (change) => setState((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) })),
    [],
  );
  const context = useMemo(() => ({ state, update, timing }), [state, update, timing]);
  // Starting over starts a new plan (the link to the revised one goes with the rest); its undo puts both back.
  const restore = (next: { state: SafeSubmitState; revise: ReviseLink | null }) => {
    setState(next.state);
    setRevise(next.revise);
  };
  return (
    <SafeSubmitContext.Provider value={context}>
      <Wizard
        projectId={projectId}
        onSubmitted={onSubmitted}
        onSaved={onSaved}
        draft={draft}
        revise={revise}
        restore={restore}
        basePath={basePath}
        undoMs={undoMs}
      />
    </SafeSubmitContext.Provider>
  );
}

interface WizardProps {
  projectId: string;
  onSubmitted: OnSubmitted;
  onSaved: OnSaved;
  draft: Draft | null;
  revise: ReviseLink | null;
  restore: (next: { state: SafeSubmitState; revise: ReviseLink | null }) => void;
  basePath: string;
  undoMs: number;
}

/** What "Start over" threw away, kept while its undo is offered. */
interface Discarded {
  plan: Plan;
  state: SafeSubmitState;
  revise: ReviseLink | null;
  stepId: StepId;
  furthest: number;
}

function Wizard({ projectId, onSubmitted, onSaved, draft, revise, restore, basePath, undoMs }: WizardProps) {
  const t = useT();
  const { state } = useSafeSubmitState();
  const form = useForm<Plan>({ resolver: zodResolver(planSchema), defaultValues: draft?.plan ?? emptyPlan() });
  // The address says which step shows; a step whose earlier steps are not complete gives way to the first that is not.
  const pathname = usePathname();
  const owned = pathname === '/' || pathname === basePath || pathname.startsWith(`${basePath}/`);
  const resolve = (wanted: string, values: Plan) => resumeIndex(wanted, (field) => planSchema.shape[field].safeParse(values[field]).success);
  const [position, setPosition] = useState(() => {
    const index = resolve(stepInPath(basePath, pathname) ?? draft?.stepId ?? 'cluster', draft?.plan ?? emptyPlan());
    const furthest = draft?.furthestStepId ? resolve(draft.furthestStepId, draft.plan) : index;
    return { pathname, index, furthest: Math.max(index, furthest) };
  });
  const guards = useStepGuards();
  if (owned && position.pathname !== pathname) {
    // Back, Forward, a link or Next changed the address: open the step it names (or keep this one, for the bare address).
    const wanted = resolve(stepInPath(basePath, pathname) ?? steps[position.index]!.id, form.getValues());
    // Forward past a step that is not finished stays on it and says why, as Next does; the address is put back below.
    const index = wanted > position.index && !guards.allowLeave() ? position.index : wanted;
    setPosition({ pathname, index, furthest: Math.max(position.furthest, index) });
  }
  const active = position.index;
  const step = steps[active]!;
  const isLast = active === steps.length - 1;
  // What submitting the form does on the review step (Enter in a field, or Submit upgrade): set by ReviewFrame.
  const submitRef = useRef<(() => void) | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef(active);
  const furthestId = steps[position.furthest]!.id;
  const [asking, setAsking] = useState(false);
  const [discarded, setDiscarded] = useState<Discarded | null>(null);

  useEffect(() => {
    saveDraft(step.id, form.getValues(), state, revise, furthestId);
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => saveDraft(step.id, values, state, revise, furthestId),
    });
  }, [form, step.id, state, revise, furthestId]);

  useEffect(preloadNextSteps, []);

  // The address always names the step shown: the bare address, or a step not yet open, is corrected in place.
  const canonical = stepPath(basePath, step.id);
  useEffect(() => {
    if (owned && pathname !== canonical) replace(canonical);
  }, [owned, pathname, canonical]);

  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    guards.forget();
    // Keyboard and screen-reader users land on the new step's heading, not at the bottom of the page.
    headingRef.current?.focus();
  });

  const goTo = (index: number) => {
    const to = stepPath(basePath, steps[index]!.id);
    if (to !== pathname) navigate(to);
  };

  /** Earlier steps open at once, like Back; a later one (already reached) only once this step is complete, like Next. */
  const jumpTo = async (index: number) => {
    if (index <= active) return goTo(index);
    const valid = await form.trigger(step.fields, { shouldFocus: true });
    if (guards.allowLeave() && valid) goTo(index);
  };

  const goNext = () => jumpTo(active + 1);

  // Steps' content links to other steps through this; a ref keeps the context stable while jumpTo is remade each render.
  const jumpToRef = useRef(jumpTo);
  useEffect(() => {
    jumpToRef.current = jumpTo;
  });
  const navigation = useMemo<WizardNavigation>(
    () => ({ hrefFor: (id) => stepPath(basePath, id), goToStep: (id) => void jumpToRef.current(stepIndex(id)) }),
    [basePath],
  );

  const showInvalidStep = (errors: object) => {
    const first = steps.findIndex((candidate) => candidate.fields.some((field) => field in errors));
    if (first !== -1) goTo(first);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isLast) submitRef.current?.();
    else void goNext();
  };

  const startOver = () => {
    setAsking(false);
    setDiscarded({ plan: form.getValues(), state, revise, stepId: step.id, furthest: position.furthest });
    clearDraft();
    form.reset(emptyPlan());
    restore({ state: newSafeSubmitState(), revise: null });
    setPosition((current) => ({ ...current, furthest: 0 }));
    goTo(0);
  };

  const undo = () => {
    if (!discarded) return;
    setDiscarded(null);
    form.reset(discarded.plan);
    restore({ state: discarded.state, revise: discarded.revise });
    setPosition((current) => ({ ...current, furthest: discarded.furthest }));
    goTo(stepIndex(discarded.stepId));
  };

  // A submit whose answer was lost holds the plan until it is followed up, on whichever step the address shows.
  const busy = form.formState.isSubmitting || state.pendingSubmit !== null;
  const actions = (buttons: ReactNode, rowBusy: boolean) => (
    // Five buttons do not fit a phone's width in one row: they wrap rather than widen the page.
    <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 4, flexWrap: 'wrap' }} id="wizard-step-actions">
      <Button onClick={() => goTo(active - 1)} disabled={active === 0 || rowBusy}>{t('wizard.back')}</Button>
      {buttons}
      <Button onClick={() => setAsking(true)} disabled={rowBusy} sx={{ ml: 'auto' }}>{t('wizard.startOver')}</Button>
    </Stack>
  );
  const content = (
    <>
      <StepGuardProvider guard={guards.guard}>
        <step.Component projectId={projectId} />
      </StepGuardProvider>
      {guards.refused && <StepGuardAlert reasons={guards.blocking} />}
    </>
  );
  return (
    <FormProvider {...form}>
      <WizardNavigationContext.Provider value={navigation}>
        <WizardHeader active={active} furthest={position.furthest} revise={revise} onStep={(index) => void jumpTo(index)} />
        <Box component="form" noValidate onSubmit={onSubmit} aria-labelledby="wizard-step-heading">
          <SkipToStepActions />
          {/* Below sm the compact stepper just above says it already, with the step's name. */}
          <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>{t('wizard.stepOf', { step: active + 1, total: steps.length })}</Typography>
          <Typography variant="h2" id="wizard-step-heading" ref={headingRef} tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
            {t(step.label)}
          </Typography>
          {/* A step's buttons appear with the step, not before its code and data are there and push them down the page. */}
          <QueryErrorBoundary key={step.id}>
            <Suspense fallback={<LoadingState label={t('wizard.loadingStep', { step: t(step.label) })} />}>
              {isLast ? (
                <ReviewFrame projectId={projectId} revise={revise} onSubmitted={onSubmitted} onSaved={onSaved} onInvalid={showInvalidStep}
                  submitRef={submitRef} busy={busy} actions={actions}>
                  {content}
                </ReviewFrame>
              ) : (
                <>
                  {content}
                  {actions(<Button type="submit" variant="contained" disabled={busy} {...stepAction}>{t('wizard.next')}</Button>, busy)}
                </>
              )}
            </Suspense>
          </QueryErrorBoundary>
        </Box>
        <Suspense fallback={null}>
          {asking && (
            <StartOverDialog
              projectId={projectId}
              plan={form.getValues()}
              revise={revise}
              undoSeconds={Math.round(undoMs / 1000)}
              onCancel={() => setAsking(false)}
              onConfirm={startOver}
            />
          )}
          {discarded && <StartOverUndo undoMs={undoMs} onUndo={undo} onExpire={() => setDiscarded(null)} />}
        </Suspense>
      </WizardNavigationContext.Provider>
    </FormProvider>
  );
}
