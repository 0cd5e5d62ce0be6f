import { Autocomplete, Stack, TextField } from '@mui/material';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { Plan } from '../../../../../shared/plan';
import { selectorOperators, type NodeSelector, type SelectorOperator } from '../../../../../shared/upgrade-request';
import { issueOf, operatorLabels, takesNumber, takesValues, withOperator, type SchemaIssue } from './batch-model';
import { useT } from '../../../../i18n/parts/wizard';

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
function useSelectorPart(path: SelectorPath, part: 'key' | 'operator' | 'value', describe: (issue: SchemaIssue) => string) {
  const { field, fieldState } = useController<Plan>({ name: `${path}.${part}` });
  const issue = issueOf(fieldState.error);
  return { ref: field.ref, error: issue ? describe(issue) : undefined };
}

// Limits of the schema (src/shared/upgrade-request.ts) that its issues do not carry in a form a message can use.
const KEY_MAX = 317;
const VALUES_MAX = 1000;

// The schema's messages are English fragments for the API's callers; the form says each rule in the active language,
// by the kind of issue, and the selector's own rule (path "value", code "custom") by the operator it concerns.
const ruleOfOperator = {
  in: 'wizard.selector.error.needsValues',
  notin: 'wizard.selector.error.needsValues',
  exists: 'wizard.selector.error.takesNoValues',
  '!': 'wizard.selector.error.takesNoValues',
  gt: 'wizard.selector.error.needsNumber',
  lt: 'wizard.selector.error.needsNumber',
} as const satisfies Record<SelectorOperator, string>;

export function SelectorFields({ selector, onChange, where, labels, path, focusKey }: SelectorFieldsProps) {
  const t = useT();
  const id = useId();
  const { operator } = selector;
  const key = useSelectorPart(path, 'key', ({ type }) =>
    type === 'too_big' ? t('wizard.selector.error.keyTooLong', { max: KEY_MAX }) : t('wizard.selector.error.key'),
  );
  const operatorPart = useSelectorPart(path, 'operator', () => t('wizard.selector.error.operator'));
  const value = useSelectorPart(path, 'value', ({ type }) =>
    type === 'custom'
      ? t(ruleOfOperator[operator], { operator })
      : type === 'too_big'
        ? t('wizard.selector.error.tooManyValues', { max: VALUES_MAX })
        : t('wizard.selector.error.value'),
  );
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
            error={key.error !== undefined}
            helperText={key.error}
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
        error={operatorPart.error !== undefined}
        helperText={operatorPart.error}
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
              error={value.error !== undefined}
              helperText={value.error}
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
          error={value.error !== undefined}
          helperText={value.error ?? t('wizard.selector.numberHelp')}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('wizard.selector.numberFor', { where }) } }}
          sx={{ flex: 1, minWidth: 160 }}
        />
      )}
    </Stack>
  );
}
