import { Autocomplete, Stack, TextField } from '@mui/material';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { Plan } from '../../../../../shared/plan';
import { selectorOperators, type NodeSelector, type SelectorOperator } from '../../../../../shared/upgrade-request';
import { messageOf, operatorLabels, takesNumber, takesValues, withOperator } from './batch-model';

interface SelectorFieldsProps {
  selector: NodeSelector;
  onChange: (selector: NodeSelector) => void;
  /** "batch 1 in general-x86": every control's accessible name ends with it. */
  where: string;
  /** Label keys on the pool's nodes with their values: the suggestions. */
  labels: ReadonlyMap<string, string[]>;
  /** Where the selector lives in the form, e.g. nodeOrder.DefaultPool.0.nodeSelector. */
  path: SelectorPath;
  /** Lets the batch list move focus to a new batch's first field. */
  focusKey: string;
}

export type SelectorPath = `nodeOrder.${string}.${number}.nodeSelector`;

/**
 * Registers one part of the selector with the form: react-hook-form keeps the schema's errors only for
 * registered fields, and focuses the first invalid one on Next. Values still flow through onChange.
 */
function useSelectorPart(path: SelectorPath, part: 'key' | 'operator' | 'value', label: string) {
  const { field, fieldState } = useController<Plan>({ name: `${path}.${part}` });
  return { ref: field.ref, error: shown(label, messageOf(fieldState.error)) };
}

// The schema's messages read "must be …" for a single field; the selector's own rules are whole sentences.
const shown = (label: string, message: string | undefined) => (message?.startsWith('must') ? `${label} ${message}` : message);

export function SelectorFields({ selector, onChange, where, labels, path, focusKey }: SelectorFieldsProps) {
  const id = useId();
  const key = useSelectorPart(path, 'key', 'Label key');
  const operatorPart = useSelectorPart(path, 'operator', 'Operator');
  const value = useSelectorPart(path, 'value', 'Value');
  const { operator } = selector;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
      <Autocomplete
        freeSolo
        options={[...labels.keys()]}
        value={selector.key}
        inputValue={selector.key}
        onInputChange={(_, key) => key !== selector.key && onChange({ ...selector, key })}
        sx={{ flex: 2, minWidth: 220 }}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Label key"
            inputRef={key.ref}
            error={key.error !== undefined}
            helperText={key.error}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': `Label key for ${where}`, 'data-focus-key': focusKey } }}
          />
        )}
      />
      <TextField
        select
        id={`${id}-operator`}
        label="Operator"
        value={operator}
        inputRef={operatorPart.ref}
        error={operatorPart.error !== undefined}
        helperText={operatorPart.error}
        onChange={(event) => onChange(withOperator(selector, event.target.value as SelectorOperator))}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Operator for ${where}` } }}
        sx={{ flex: 1, minWidth: 200 }}
      >
        {selectorOperators.map((candidate) => (
          <option key={candidate} value={candidate}>{operatorLabels[candidate]}</option>
        ))}
      </TextField>
      {takesValues(operator) && (
        <Autocomplete
          multiple
          freeSolo
          // A value typed and left without Enter still counts: people expect what they typed to stick.
          autoSelect
          options={labels.get(selector.key) ?? []}
          value={selector.value ?? []}
          onChange={(_, value) => onChange({ ...selector, value })}
          sx={{ flex: 2, minWidth: 220 }}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Values"
              inputRef={value.ref}
              error={value.error !== undefined}
              helperText={value.error}
              slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': `Values for ${where}` } }}
            />
          )}
        />
      )}
      {takesNumber(operator) && (
        <TextField
          id={`${id}-number`}
          label="Number"
          value={selector.value?.[0] ?? ''}
          onChange={(event) => onChange({ ...selector, value: event.target.value === '' ? [] : [event.target.value.trim()] })}
          inputRef={value.ref}
          error={value.error !== undefined}
          helperText={value.error ?? 'A whole number, compared with the label’s value.'}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `Number for ${where}` } }}
          sx={{ flex: 1, minWidth: 160 }}
        />
      )}
    </Stack>
  );
}
