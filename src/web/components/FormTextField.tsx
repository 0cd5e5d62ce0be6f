import { TextField, type TextFieldProps } from '@mui/material';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';

type FormTextFieldProps<T extends FieldValues> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error'> & {
  name: FieldPath<T>;
  label: string;
};

/** A TextField bound to the surrounding form; number inputs store numbers (NaN when empty, so the schema speaks). */
export function FormTextField<T extends FieldValues>({ name, label, type, helperText, ...props }: FormTextFieldProps<T>) {
  const { field, fieldState } = useController<T>({ name });
  const isNumber = type === 'number';
  const value: unknown = field.value;
  const shown = isNumber && typeof value === 'number' && Number.isNaN(value) ? '' : String(value ?? '');
  return (
    <TextField
      {...props}
      type={type}
      label={label}
      name={field.name}
      value={shown}
      inputRef={field.ref}
      onBlur={field.onBlur}
      onChange={(event) => field.onChange(isNumber ? (event.target.value === '' ? Number.NaN : Number(event.target.value)) : event.target.value)}
      error={fieldState.invalid}
      helperText={fieldState.error ? `${label} ${fieldState.error.message}` : helperText}
    />
  );
}
