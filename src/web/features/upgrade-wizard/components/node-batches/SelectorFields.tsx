import { Autocomplete, Stack, TextField } from '@mui/material';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { Plan } from '../../../../../shared/plan';
import { nodeSelectorSchema, selectorOperators, type NodeSelector, type SelectorOperator } from '../../../../../shared/upgrade-request';
import { operatorLabels, takesNumber, takesValues, withOperator } from './batch-model';
import { useT } from '../../../../i18n/parts/wizard';
import { schemaIssue } from '../../../../lib/schema-issue';

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
 * registered fields, and focuses the first invalid one on Next. Values still flow through onChange. Once the form
 * holds an error for the part, the shared schema's issue with the selector shown is it, worded as it renders (see
 * schemaIssue): a language switch rewords it, a fix clears it.
 */
function useSelectorPart(path: SelectorPath, part: 'key' | 'operator' | 'value', selector: NodeSelector) {
  const { field, fieldState } = useController<Plan>({ name: `${path}.${part}` });
  return { ref: field.ref, issue: fieldState.invalid ? schemaIssue(nodeSelectorSchema, selector, [part]) : undefined };
}

export function SelectorFields({ selector, onChange, where, labels, path, focusKey }: SelectorFieldsProps) {
  const t = useT();
  const id = useId();
  const { operator } = selector;
  const key = useSelectorPart(path, 'key', selector);
  const operatorPart = useSelectorPart(path, 'operator', selector);
  const value = useSelectorPart(path, 'value', selector);
  const keyError = key.issue && t('wizard.selector.error.key', { problem: key.issue.message });
  const operatorError = operatorPart.issue && t('wizard.selector.error.operator', { problem: operatorPart.issue.message });
  // One value's issue names the value; the list's own (the operator's rule, too many values) is a whole clause.
  const valueIssue = value.issue;
  const index = valueIssue?.path[1];
  const valueError =
    valueIssue && (typeof index === 'number' ? t('wizard.selector.error.value', { value: selector.value?.[index] ?? '', problem: valueIssue.message }) : valueIssue.message);
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
            label={t('wizard.selector.key')}
            inputRef={key.ref}
            error={keyError !== undefined}
            helperText={keyError}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': t('wizard.selector.keyFor', { where }), 'data-focus-key': focusKey } }}
          />
        )}
      />
      <TextField
        select
        id={`${id}-operator`}
        label={t('wizard.selector.operator')}
        value={operator}
        inputRef={operatorPart.ref}
        error={operatorError !== undefined}
        helperText={operatorError}
        onChange={(event) => onChange(withOperator(selector, event.target.value as SelectorOperator))}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': t('wizard.selector.operatorFor', { where }) } }}
        sx={{ flex: 1, minWidth: 200 }}
      >
        {selectorOperators.map((candidate) => (
          <option key={candidate} value={candidate}>{t(operatorLabels[candidate])}</option>
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
              label={t('wizard.selector.values')}
              inputRef={value.ref}
              error={valueError !== undefined}
              helperText={valueError}
              slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': t('wizard.selector.valuesFor', { where }) } }}
            />
          )}
        />
      )}
      {takesNumber(operator) && (
        <TextField
          id={`${id}-number`}
          label={t('wizard.selector.number')}
          value={selector.value?.[0] ?? ''}
          onChange={(event) => onChange({ ...selector, value: event.target.value === '' ? [] : [event.target.value.trim()] })}
          inputRef={value.ref}
          error={valueError !== undefined}
          helperText={valueError ?? t('wizard.selector.numberHelp')}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('wizard.selector.numberFor', { where }) } }}
          sx={{ flex: 1, minWidth: 160 }}
        />
      )}
    </Stack>
  );
}
