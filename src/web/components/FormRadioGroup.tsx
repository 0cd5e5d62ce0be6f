import { useController, type FieldPath, type FieldValues } from 'react-hook-form';
import { RadioChoiceGroup, type RadioOption } from './RadioChoiceGroup';

export type { RadioOption };

interface FormRadioGroupProps<T extends FieldValues> {
  name: FieldPath<T>;
  legend: string;
  options: RadioOption[];
  /** What to say when the field is invalid (nothing chosen yet): the schema's own message is not meant for a person. */
  errorText: string;
}

export function FormRadioGroup<T extends FieldValues>({ name, legend, options, errorText }: FormRadioGroupProps<T>) {
  const { field, fieldState } = useController<T>({ name });
  return (
    <RadioChoiceGroup
      name={field.name}
      legend={legend}
      options={options}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error ? errorText : undefined}
    />
  );
}
