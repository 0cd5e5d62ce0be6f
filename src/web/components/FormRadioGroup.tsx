import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useController, type FieldPath, type FieldValues } from 'react-hook-form';

export interface RadioOption {
  value: string;
  label: string;
  /** Shown under the label and linked with aria-describedby, so the radio's name stays short. */
  description?: ReactNode;
}

interface FormRadioGroupProps<T extends FieldValues> {
  name: FieldPath<T>;
  legend: string;
  options: RadioOption[];
  /** Replaces the schema's message when it would not make sense to a person (e.g. nothing chosen yet). */
  errorText?: string;
}

export function FormRadioGroup<T extends FieldValues>({ name, legend, options, errorText }: FormRadioGroupProps<T>) {
  const { field, fieldState } = useController<T>({ name });
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <FormControl component="fieldset" error={fieldState.invalid}>
      <FormLabel component="legend">{legend}</FormLabel>
      <RadioGroup
        name={field.name}
        value={field.value ?? ''}
        onChange={(_, value) => field.onChange(value)}
        onBlur={field.onBlur}
        aria-describedby={fieldState.invalid ? errorId : undefined}
      >
        {options.map((option, index) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            label={
              <>
                {option.label}
                {option.description && (
                  <Typography id={`${id}-${index}`} variant="body2" color="text.secondary">{option.description}</Typography>
                )}
              </>
            }
            control={
              <Radio
                slotProps={{
                  input: {
                    ref: index === 0 ? field.ref : undefined,
                    'aria-label': option.label,
                    ...(option.description ? { 'aria-describedby': `${id}-${index}` } : {}),
                  },
                }}
              />
            }
          />
        ))}
      </RadioGroup>
      {fieldState.error && <FormHelperText id={errorId}>{errorText ?? `${legend} ${fieldState.error.message}`}</FormHelperText>}
    </FormControl>
  );
}
