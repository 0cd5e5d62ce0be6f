import { FormControl, FormHelperText, InputLabel, OutlinedInput, type OutlinedInputProps, type SxProps, type Theme } from '@mui/material';
import { useId } from 'react';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { schemaIssue } from '../lib/schema-issue';

interface FormTextFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  helperText?: string;
  /** The shared schema of this field: what it finds wrong with the value shown is the error. */
  schema: z.ZodMiniType;
  /** The schema's message (a fragment such as "must be at least 1") in a sentence about the field. */
  describeProblem: (problem: string) => string;
  type?: 'text' | 'number';
  inputProps?: OutlinedInputProps['inputProps'];
  sx?: SxProps<Theme>;
}

/**
 * An outlined text input bound to the surrounding form. Built from the parts of TextField because
 * TextField also bundles its select mode (menus, popovers, focus trap). Number inputs store numbers,
 * NaN when empty, so the schema's own rule explains what is wrong. The form decides when a field shows its error
 * (once validated); the schema says what it is, worded as the field renders (see schemaIssue), so the words follow a
 * language switch and an edit that fixes the value clears them.
 */
export function FormTextField<T extends FieldValues>({ name, label, helperText, schema, describeProblem, type = 'text', inputProps, sx }: FormTextFieldProps<T>) {
  const { field, fieldState } = useController<T>({ name });
  const id = useId();
  const helperId = `${id}-helper`;
  const value: unknown = field.value;
  const shown = typeof value === 'number' && Number.isNaN(value) ? '' : String(value ?? '');
  const issue = fieldState.invalid ? schemaIssue(schema, value) : undefined;
  const message = issue ? describeProblem(issue.message) : helperText;
  return (
    <FormControl error={issue !== undefined} sx={sx}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        type={type}
        label={label}
        name={field.name}
        value={shown}
        inputRef={field.ref}
        onBlur={field.onBlur}
        onChange={(event) => {
          const raw = event.target.value;
          field.onChange(type === 'number' ? (raw === '' ? Number.NaN : Number(raw)) : raw);
        }}
        inputProps={inputProps}
        aria-describedby={message ? helperId : undefined}
      />
      {message && <FormHelperText id={helperId}>{message}</FormHelperText>}
    </FormControl>
  );
}
