import { FormControl, FormHelperText, InputLabel, OutlinedInput, type OutlinedInputProps, type SxProps, type Theme } from '@mui/material';
import { useId } from 'react';
import { useController, type FieldError, type FieldPath, type FieldValues } from 'react-hook-form';

interface FormTextFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  helperText?: string;
  /** The field's error in words: the schema's own messages are English fragments for the API's callers. */
  describeError: (error: FieldError) => string;
  type?: 'text' | 'number';
  inputProps?: OutlinedInputProps['inputProps'];
  sx?: SxProps<Theme>;
}

/**
 * An outlined text input bound to the surrounding form. Built from the parts of TextField because
 * TextField also bundles its select mode (menus, popovers, focus trap). Number inputs store numbers,
 * NaN when empty, so the schema's own rule explains what is wrong (in the caller's words, see describeError).
 */
export function FormTextField<T extends FieldValues>({ name, label, helperText, describeError, type = 'text', inputProps, sx }: FormTextFieldProps<T>) {
  const { field, fieldState } = useController<T>({ name });
  const id = useId();
  const helperId = `${id}-helper`;
  const value: unknown = field.value;
  const shown = typeof value === 'number' && Number.isNaN(value) ? '' : String(value ?? '');
  const message = fieldState.error ? describeError(fieldState.error) : helperText;
  return (
    <FormControl error={fieldState.invalid} sx={sx}>
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
