import { FormControl, FormHelperText, InputLabel, OutlinedInput } from '@mui/material';
import { useId, useState } from 'react';

export const MINUTES_DEFAULT = 10;
const MINUTES_MAX = 600;

const parse = (raw: string) => (/^\d+$/.test(raw.trim()) && Number(raw) >= 1 && Number(raw) <= MINUTES_MAX ? Number(raw) : null);

/** Not part of the request: only the estimate uses it, so it lives outside the form. Reports valid values only. */
export function MinutesPerWaveField({ value, onChange }: { value: number; onChange: (minutes: number) => void }) {
  const id = useId();
  const [raw, setRaw] = useState(String(value));
  const invalid = parse(raw) === null;
  const label = 'Minutes per wave';
  return (
    <FormControl error={invalid} sx={{ maxWidth: 240 }}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        type="number"
        label={label}
        value={raw}
        inputProps={{ min: 1, max: MINUTES_MAX, step: 1, inputMode: 'numeric' }}
        aria-describedby={`${id}-helper`}
        onChange={(event) => {
          setRaw(event.target.value);
          const minutes = parse(event.target.value);
          if (minutes !== null) onChange(minutes);
        }}
      />
      <FormHelperText id={`${id}-helper`}>
        {invalid ? `${label} must be a whole number from 1 to ${MINUTES_MAX}.` : 'Your estimate of how long one wave takes.'}
      </FormHelperText>
    </FormControl>
  );
}
