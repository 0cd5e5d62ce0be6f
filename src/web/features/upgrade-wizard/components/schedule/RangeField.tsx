import { Box, FormHelperText, OutlinedInput, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { z } from 'zod/mini';
import type { MinutesRange } from '../../../../../shared/duration-model';
import { translate, useT } from '../../../../i18n/parts/schedule';
import { joinSentences } from '../../../../lib/word-lists';

const parse = (raw: string) => (/^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null);

/** One of the shared schema's issues (its own message, in the language shown) as a sentence about the end it concerns. */
const issueWords = (issue: z.core.$ZodIssue): string =>
  translate('schedule.range.issue', { end: issue.path[0] === 'low' ? 'low' : 'high', problem: issue.message });

/** What is wrong with a typed range, by the shared schema's own limits; undefined when it is a range the estimate can use. */
function problemOf(low: string, high: string, schema: z.ZodMiniType<MinutesRange>): string | undefined {
  const [l, h] = [parse(low), parse(high)];
  if (l === null || h === null) return translate('schedule.range.notNumbers');
  const result = schema.safeParse({ low: l, high: h });
  if (result.success) return undefined;
  return joinSentences(result.error.issues.map(issueWords));
}

interface RangeFieldProps {
  label: string;
  value: MinutesRange;
  /** The shared schema for this assumption: the field refuses exactly what the stored settings would. */
  schema: z.ZodMiniType<MinutesRange>;
  onChange: (next: MinutesRange) => void;
}

/** Two numbers, the low and the high end in minutes, under one legend; reports only a valid range, explains anything else. */
export function RangeField({ label, value, schema, onChange }: RangeFieldProps) {
  const t = useT();
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
  const problem = problemOf(low, high, schema);
  const change = (nextLow: string, nextHigh: string) => {
    setLow(nextLow);
    setHigh(nextHigh);
    if (problemOf(nextLow, nextHigh, schema) === undefined) onChange({ low: Number(nextLow), high: Number(nextHigh) });
  };
  const input = (which: 'low' | 'high') => (
    <OutlinedInput
      size="small"
      type="number"
      id={`${id}-${which}`}
      value={which === 'low' ? low : high}
      error={problem !== undefined}
      inputProps={{
        min: 0,
        step: 'any',
        inputMode: 'decimal',
        'aria-labelledby': `${id}-legend ${id}-${which}-label`,
        'aria-describedby': problem ? `${id}-problem` : undefined,
      }}
      onChange={(event) => (which === 'low' ? change(event.target.value, high) : change(low, event.target.value))}
      sx={{ width: '7rem' }}
    />
  );
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" id={`${id}-legend`} sx={{ fontWeight: 'bold', mb: 0.5 }}>
        {label}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <label id={`${id}-low-label`} htmlFor={`${id}-low`}>
          {t('schedule.range.low')}
        </label>
        {input('low')}
        <label id={`${id}-high-label`} htmlFor={`${id}-high`}>
          {t('schedule.range.high')}
        </label>
        {input('high')}
        <Typography component="span">{t('schedule.range.unit')}</Typography>
      </Box>
      {problem && (
        <FormHelperText id={`${id}-problem`} error>
          {t('schedule.range.problem', { label, problem })}
        </FormHelperText>
      )}
    </Box>
  );
}
