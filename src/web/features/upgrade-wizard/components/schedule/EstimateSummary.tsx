import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import type { FitSuggestion } from '../../../../../shared/fit-suggestion';
import type { Plan } from '../../../../../shared/plan';
import { formatMinutes, formatMinutesRange } from '../../../../../shared/format-minutes';
import { scopeLabels } from '../../../../lib/scope-words';
import type { Schedule } from '../../use-schedule';

/** Wall-clock time in the window's own zone, with the zone named: people plan windows in the zone they announce. */
function clock(start: Date, offsetMinutes: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(
    new Date(start.getTime() + offsetMinutes * 60_000),
  );
}

function suggestionWords(
  suggestion: FitSuggestion,
  poolName: (id: string) => string,
  current: { step: number; scope: string },
  splitTotals: Schedule['splitTotals'],
): string {
  switch (suggestion.kind) {
    case 'step':
      return `Raise the step size to ${suggestion.step}.`;
    case 'scope-cluster':
      return `Change the step scope to “${scopeLabels.Cluster}”, so batch sizes keep growing across node pools instead of starting again at 1 in each.`;
    case 'scope-cluster-and-step':
      return `Change the step scope to “${scopeLabels.Cluster}” and raise the step size to ${suggestion.step}.`;
    case 'split': {
      const [first, second] = suggestion.windows.map((ids) => ids.map(poolName).join(', '));
      const [firstTakes, secondTakes] = splitTotals ? splitTotals.map(formatMinutesRange) : ['', ''];
      const windows = `first ${first} (${firstTakes}, then pause the upgrade); then continue with ${second} (${secondTakes})`;
      return suggestion.step === current.step && suggestion.scope === current.scope
        ? `Upgrade in two windows: ${windows}.`
        : `With step size ${suggestion.step} and step scope “${scopeLabels[suggestion.scope]}”, upgrade in two windows: ${windows}.`;
    }
  }
}

/** The estimate as a range, when it ends in the window, whether it fits, and the smallest change that would. */
export function EstimateSummary({ schedule, poolName }: { schedule: Schedule; poolName: (id: string) => string }) {
  const { estimate, fit, suggestion, startsAt, settings, waves } = schedule;
  const window = settings.window;
  // Rendered alone (in a test, or a page without the wizard's form) there is nothing to apply a suggestion to.
  const form = useFormContext<Plan>() as UseFormReturn<Plan> | null;
  const verdict = useRef<HTMLDivElement>(null);
  // When the page was opened is close enough to tell a window in the past; a clock would re-render for nothing.
  const [now] = useState(() => Date.now());
  const rolling = schedule.action.strategy.inPlaceRollingUpdate;
  const current = { step: rolling.userDefinedStep, scope: rolling.scope ?? 'Cluster' };
  const apply = (next: FitSuggestion) => {
    if (!form) return;
    const options = { shouldDirty: true, shouldValidate: true } as const;
    if (next.kind === 'step' || next.kind === 'scope-cluster-and-step') form.setValue('userDefinedStep', next.step, options);
    if (next.kind === 'scope-cluster' || next.kind === 'scope-cluster-and-step') form.setValue('scope', 'Cluster', options);
    // The button goes once the plan fits: focus moves to the verdict it leads to, not to the page's start.
    verdict.current?.focus();
  };
  return (
    <Stack spacing={1} ref={verdict} tabIndex={-1} sx={{ outline: 'none' }}>
      <Typography>
        <strong>Estimated duration: {formatMinutesRange(estimate.total)}</strong> — control plane, {waves.length === 1 ? '1 wave' : `${waves.length} waves`} of nodes,
        {estimate.phases.some((phase) => phase.kind === 'addons') ? ' add-ons upgraded after the cluster,' : ''} post-check.
      </Typography>
      {window && startsAt && fit && (
        <>
          <Typography>
            Window: from {clock(startsAt, 0, window.timeZone)} to {clock(startsAt, window.minutes, window.timeZone)} ({formatMinutes(window.minutes)}). The
            upgrade would end between {clock(startsAt, estimate.total.low, window.timeZone)} and {clock(startsAt, estimate.total.high, window.timeZone)}.
          </Typography>
          {startsAt.getTime() < now && (
            <Alert severity="warning" role="note">This window has already begun or passed: set the next one to judge the plan against it.</Alert>
          )}
          {fit.fits ? (
            <Alert severity="success" role="note">The plan fits the window, even at the slow end of the estimate.</Alert>
          ) : (
            <Alert severity="warning" role="note">
              At the slow end of the estimate the plan overruns the window by {formatMinutes(fit.overrunMinutes)}.{' '}
              {suggestion ? `Smallest change that fits: ${suggestionWords(suggestion, poolName, current, schedule.splitTotals)}` : 'No change of step, scope or split into two windows makes it fit: ask for a longer window.'}
              {suggestion && form && suggestion.kind !== 'split' && (
                <Box sx={{ mt: 1 }}>
                  <Button variant="outlined" size="small" onClick={() => apply(suggestion)}>Apply this change</Button>
                </Box>
              )}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
