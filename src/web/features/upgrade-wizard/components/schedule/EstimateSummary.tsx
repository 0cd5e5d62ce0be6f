import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import type { FitSuggestion } from '../../../../../shared/fit-suggestion';
import type { Plan } from '../../../../../shared/plan';
import { activeLocale } from '../../../../i18n/i18n';
import { Trans, translate, useT } from '../../../../i18n/parts/schedule';
import { formatMinutes, formatMinutesRange } from '../../../../lib/format-duration';
import type { Schedule } from '../../use-schedule';
import { commaList } from '../../../../lib/word-lists';

/** Wall-clock time in the window's own zone, with the zone named: people plan windows in the zone they announce. */
function clock(start: Date, offsetMinutes: number, timeZone: string): string {
  return new Intl.DateTimeFormat(activeLocale(), { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(
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
      return translate('schedule.fit.step', { step: suggestion.step });
    case 'scope-cluster':
      return translate('schedule.fit.scopeCluster');
    case 'scope-cluster-and-step':
      return translate('schedule.fit.scopeClusterAndStep', { step: suggestion.step });
    case 'split': {
      const [first, second] = suggestion.windows.map((ids) => commaList(ids.map(poolName)));
      const [firstTakes, secondTakes] = splitTotals ? splitTotals.map(formatMinutesRange) : ['', ''];
      const windows = { first, firstTakes, second, secondTakes };
      return suggestion.step === current.step && suggestion.scope === current.scope
        ? translate('schedule.fit.split', windows)
        : translate('schedule.fit.splitWith', { ...windows, step: suggestion.step, scope: suggestion.scope });
    }
  }
}

/** The estimate as a range, when it ends in the window, whether it fits, and the smallest change that would. */
export function EstimateSummary({ schedule, poolName }: { schedule: Schedule; poolName: (id: string) => string }) {
  const t = useT();
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
        <Trans
          id={estimate.phases.some((phase) => phase.kind === 'addons') ? 'schedule.estimate.summaryWithAddons' : 'schedule.estimate.summary'}
          values={{ total: formatMinutesRange(estimate.total), waves: waves.length }}
          components={{ 0: <strong /> }}
        />
      </Typography>
      {window && startsAt && fit && (
        <>
          <Typography>
            {t('schedule.window.range', {
              from: clock(startsAt, 0, window.timeZone),
              to: clock(startsAt, window.minutes, window.timeZone),
              length: formatMinutes(window.minutes),
              endLow: clock(startsAt, estimate.total.low, window.timeZone),
              endHigh: clock(startsAt, estimate.total.high, window.timeZone),
            })}
          </Typography>
          {startsAt.getTime() < now && (
            <Alert severity="warning" role="note">{t('schedule.window.past')}</Alert>
          )}
          {fit.fits ? (
            <Alert severity="success" role="note">{t('schedule.fit.fits')}</Alert>
          ) : (
            <Alert severity="warning" role="note">
              {t('schedule.fit.overrun', {
                overrun: formatMinutes(fit.overrunMinutes),
                advice: suggestion
                  ? t('schedule.fit.smallestChange', { change: suggestionWords(suggestion, poolName, current, schedule.splitTotals) })
                  : t('schedule.fit.noChange'),
              })}
              {suggestion && form && suggestion.kind !== 'split' && (
                <Box sx={{ mt: 1 }}>
                  <Button variant="outlined" size="small" onClick={() => apply(suggestion)}>{t('schedule.fit.apply')}</Button>
                </Box>
              )}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
