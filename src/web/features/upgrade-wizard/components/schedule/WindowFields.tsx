import { Box, Button, FormControl, FormHelperText, InputLabel, NativeSelect, OutlinedInput, Stack } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import type { MaintenanceWindow } from '../../../../../shared/duration-model';
import { maintenanceWindowSchema, WINDOW_MINUTES_MAX, WINDOW_MINUTES_MIN } from '../../../../../shared/maintenance-window';
import { useT } from '../../../../i18n/parts/schedule';
import { userTimeZone } from '../../../../lib/format-time';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import { joinSentences } from '../../../../lib/word-lists';

/** Tomorrow at 22:00, a common start for a change window, so the first edit is a small one. */
function defaultStart(): string {
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T22:00`;
}

interface Typed {
  start: string;
  timeZone: string;
  hours: string;
}

const typedOf = (window: MaintenanceWindow | null): Typed =>
  window ? { start: window.start, timeZone: window.timeZone, hours: String(window.minutes / 60) } : { start: '', timeZone: userTimeZone(), hours: '' };

// Each field's problem in the units the user typed (hours), one sentence each.
const words = {
  start: 'schedule.window.problem.start',
  timeZone: 'schedule.window.problem.timeZone',
  minutes: 'schedule.window.problem.minutes',
} as const;
const limits = { min: WINDOW_MINUTES_MIN / 60, max: WINDOW_MINUTES_MAX / 60 };

/** The window the fields describe, or every field's problem; nothing at all while both start and length are empty. */
function read(typed: Typed): { window: MaintenanceWindow | null; problems: (keyof typeof words)[] } {
  if (typed.start === '' && typed.hours === '') return { window: null, problems: [] };
  const parsed = maintenanceWindowSchema.safeParse({ start: typed.start, timeZone: typed.timeZone, minutes: Math.round(Number(typed.hours) * 60) });
  if (parsed.success) return { window: parsed.data, problems: [] };
  const problems = new Set(parsed.error.issues.map((issue) => issue.path[0]).filter((key): key is keyof typeof words => typeof key === 'string' && key in words));
  return { window: null, problems: [...problems] };
}

/**
 * The maintenance window: start in a chosen time zone, and its length in hours. While the fields do not describe a
 * window, the plan has none (so no stale window is judged); another tab's change or a reset shows here as it happens.
 */
export function WindowFields({ value, onChange }: { value: MaintenanceWindow | null; onChange: (next: MaintenanceWindow | null) => void }) {
  const t = useT();
  const id = useId();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const [typed, setTyped] = useState(() => typedOf(value));
  const [reported, setReported] = useState(value);
  if (JSON.stringify(reported) !== JSON.stringify(value)) {
    setReported(value);
    setTyped(typedOf(value));
  }
  const { problems } = read(typed);
  const { container, focusAfterChange } = useFocusAfterChange<HTMLFieldSetElement>();

  const edit = (change: Partial<Typed>) => {
    const next = { ...typed, ...change };
    // The first figure typed gets a sensible partner, so the window is whole at once.
    if (change.hours && next.start === '') next.start = defaultStart();
    if (change.start && next.hours === '') next.hours = '6';
    setTyped(next);
    const { window } = read(next);
    setReported(window);
    onChange(window);
  };
  // The button goes with the window it removes: focus moves to the field where a new window starts.
  const removeWindow = () => {
    focusAfterChange('window-start');
    edit({ start: '', hours: '' });
  };
  const describedBy = (field: keyof typeof words) => (problems.includes(field) ? `${id}-problem` : undefined);

  return (
    <Box component="fieldset" ref={container} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <legend style={{ fontWeight: 'bold', marginBottom: 8 }}>{t('schedule.window.legend')}</legend>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
        <FormControl error={problems.includes('start')}>
          <InputLabel shrink htmlFor={`${id}-start`}>{t('schedule.window.start')}</InputLabel>
          <OutlinedInput
            id={`${id}-start`}
            type="datetime-local"
            label={t('schedule.window.start')}
            notched
            value={typed.start}
            inputProps={{ 'aria-invalid': problems.includes('start'), 'aria-describedby': describedBy('start'), 'data-focus-key': 'window-start' }}
            onChange={(event) => edit({ start: event.target.value })}
          />
        </FormControl>
        <FormControl sx={{ minWidth: 200 }} error={problems.includes('timeZone')}>
          <InputLabel variant="standard" htmlFor={`${id}-zone`}>{t('schedule.window.timeZone')}</InputLabel>
          <NativeSelect
            inputProps={{ id: `${id}-zone`, 'aria-invalid': problems.includes('timeZone'), 'aria-describedby': describedBy('timeZone') }}
            value={typed.timeZone}
            onChange={(event) => edit({ timeZone: event.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>{zone}</option>
            ))}
          </NativeSelect>
        </FormControl>
        <FormControl error={problems.includes('minutes')}>
          <InputLabel htmlFor={`${id}-hours`}>{t('schedule.window.hours')}</InputLabel>
          <OutlinedInput
            id={`${id}-hours`}
            type="number"
            label={t('schedule.window.hours')}
            value={typed.hours}
            inputProps={{ min: 0.25, step: 0.25, inputMode: 'decimal', 'aria-invalid': problems.includes('minutes'), 'aria-describedby': describedBy('minutes') }}
            onChange={(event) => edit({ hours: event.target.value })}
            sx={{ width: '10rem' }}
          />
        </FormControl>
        {value && <Button onClick={removeWindow} sx={{ alignSelf: 'center' }}>{t('schedule.window.remove')}</Button>}
      </Stack>
      {problems.length > 0 && (
        <FormHelperText id={`${id}-problem`} error>
          {t('schedule.window.invalid', { problems: joinSentences(problems.map((problem) => t(words[problem], limits))) })}
        </FormHelperText>
      )}
    </Box>
  );
}
