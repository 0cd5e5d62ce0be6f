import { Box, FormHelperText, OutlinedInput, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { MinutesRange } from '../../../../../shared/duration-model';

const MAX = 24 * 60;
const parse = (raw: string) => (/^\d+(\.\d+)?$/.test(raw.trim()) && Number(raw) <= MAX ? Number(raw) : null);

/** Two numbers, least and most minutes, under one legend; reports only a valid range, explains anything else. */
export function RangeField({ label, value, onChange }: { label: string; value: MinutesRange; onChange: (next: MinutesRange) => void }) {
  const id = useId();
  const [low, setLow] = useState(String(value.low));
  const [high, setHigh] = useState(String(value.high));
  // A reset or another tab's edit replaces the value: show it, unless what the user typed already means it.
  const [shown, setShown] = useState(value);
  if (shown.low !== value.low || shown.high !== value.high) {
    setShown(value);
    if (parse(low) !== value.low) setLow(String(value.low));
    if (parse(high) !== value.high) setHigh(String(value.high));
  }
  const [l, h] = [parse(low), parse(high)];
  const problem =
    l === null || h === null ? `Enter minutes from 0 to ${MAX}, as numbers.` : l > h ? 'The least cannot be more than the most.' : undefined;
  const change = (nextLow: string, nextHigh: string) => {
    setLow(nextLow);
    setHigh(nextHigh);
    const [a, b] = [parse(nextLow), parse(nextHigh)];
    if (a !== null && b !== null && a <= b) onChange({ low: a, high: b });
  };
  const input = (which: 'low' | 'high') => (
    <OutlinedInput
      size="small"
      type="number"
      id={`${id}-${which}`}
      value={which === 'low' ? low : high}
      error={problem !== undefined}
      inputProps={{ min: 0, max: MAX, step: 'any', inputMode: 'decimal', 'aria-labelledby': `${id}-legend ${id}-${which}-label`, 'aria-describedby': problem ? `${id}-problem` : undefined }}
      onChange={(event) => (which === 'low' ? change(event.target.value, high) : change(low, event.target.value))}
      sx={{ width: '7rem' }}
    />
  );
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" id={`${id}-legend`} sx={{ fontWeight: 'bold', mb: 0.5 }}>{label}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <label id={`${id}-low-label`} htmlFor={`${id}-low`}>least</label>
        {input('low')}
        <label id={`${id}-high-label`} htmlFor={`${id}-high`}>most</label>
        {input('high')}
        <Typography component="span">min</Typography>
      </Box>
      {problem && <FormHelperText id={`${id}-problem`} error>{label}: {problem}</FormHelperText>}
    </Box>
  );
}
