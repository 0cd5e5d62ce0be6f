import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useId, type ReactNode, type Ref } from 'react';

export interface RadioOption {
  value: string;
  label: string;
  /** Shown under the label and linked with aria-describedby, so the radio's name stays short. */
  description?: ReactNode;
}

export interface RadioChoiceGroupProps {
  name: string;
  legend: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The first radio's input, so a form can focus the group when it is invalid. */
  inputRef?: Ref<HTMLInputElement>;
  error?: string;
}

/** A labelled radio group; FormRadioGroup binds it to a form field, other callers hold the value themselves. */
export function RadioChoiceGroup({ name, legend, options, value, onChange, onBlur, inputRef, error }: RadioChoiceGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">{legend}</FormLabel>
      <RadioGroup name={name} value={value} onChange={(_, next) => onChange(next)} onBlur={onBlur} aria-describedby={error ? errorId : undefined}>
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
                    ref: index === 0 ? inputRef : undefined,
                    'aria-label': option.label,
                    ...(option.description ? { 'aria-describedby': `${id}-${index}` } : {}),
                  },
                }}
              />
            }
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText id={errorId}>{error}</FormHelperText>}
    </FormControl>
  );
}
