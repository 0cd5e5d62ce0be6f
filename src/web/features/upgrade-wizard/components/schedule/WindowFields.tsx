import { Box, Button, FormControl, FormHelperText, InputLabel, NativeSelect, OutlinedInput, Stack } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import type { MaintenanceWindow } from '../../../../../shared/duration-model';
import { maintenanceWindowSchema } from '../../../../../shared/maintenance-window';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Tomorrow at 22:00, a common start for a change window, so the first edit is a small one. */
function defaultStart(): string {
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T22:00`;
}

/** The maintenance window: start in a chosen time zone, and its length in hours. Reports only a valid window. */
export function WindowFields({ value, onChange }: { value: MaintenanceWindow | null; onChange: (next: MaintenanceWindow | null) => void }) {
  const id = useId();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const [start, setStart] = useState(value?.start ?? '');
  const [timeZone, setTimeZone] = useState(value?.timeZone ?? browserZone());
  const [hours, setHours] = useState(value ? String(value.minutes / 60) : '');
  const candidate = { start, timeZone, minutes: Math.round(Number(hours) * 60) };
  const parsed = start === '' && hours === '' ? undefined : maintenanceWindowSchema.safeParse(candidate);
  const problem = parsed && !parsed.success ? parsed.error.issues.map((issue) => issue.message).join(' ') : undefined;

  const edit = (next: { start?: string; timeZone?: string; hours?: string }) => {
    const merged = { start, timeZone, hours, ...next };
    setStart(merged.start);
    setTimeZone(merged.timeZone);
    setHours(merged.hours);
    const result = maintenanceWindowSchema.safeParse({ start: merged.start, timeZone: merged.timeZone, minutes: Math.round(Number(merged.hours) * 60) });
    if (result.success) onChange(result.data);
  };
  const clear = () => {
    setStart('');
    setHours('');
    onChange(null);
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }} aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend style={{ fontWeight: 'bold', marginBottom: 8 }}>Maintenance window</legend>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
        <FormControl>
          <InputLabel shrink htmlFor={`${id}-start`}>Window starts</InputLabel>
          <OutlinedInput
            id={`${id}-start`}
            type="datetime-local"
            label="Window starts"
            notched
            value={start}
            onChange={(event) => edit({ start: event.target.value, hours: hours === '' ? '6' : hours })}
          />
        </FormControl>
        <FormControl sx={{ minWidth: 200 }}>
          <InputLabel variant="standard" htmlFor={`${id}-zone`}>Time zone</InputLabel>
          <NativeSelect inputProps={{ id: `${id}-zone` }} value={timeZone} onChange={(event) => edit({ timeZone: event.target.value })}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>{zone}</option>
            ))}
          </NativeSelect>
        </FormControl>
        <FormControl>
          <InputLabel htmlFor={`${id}-hours`}>Length in hours</InputLabel>
          <OutlinedInput
            id={`${id}-hours`}
            type="number"
            label="Length in hours"
            value={hours}
            inputProps={{ min: 0.25, step: 0.25, inputMode: 'decimal' }}
            onChange={(event) => edit({ hours: event.target.value, start: start === '' ? defaultStart() : start })}
            sx={{ width: '10rem' }}
          />
        </FormControl>
        {value && <Button onClick={clear} sx={{ alignSelf: 'center' }}>Remove the window</Button>}
      </Stack>
      {problem && <FormHelperText id={`${id}-problem`} error>The window is not set: {problem}</FormHelperText>}
    </Box>
  );
}
