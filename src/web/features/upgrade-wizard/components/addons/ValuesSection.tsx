import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../../../i18n/parts/addons';
import { commaList } from '../../../../lib/word-lists';
import { useBlockNext } from '../../step-guard';
import { JsonEditor } from './JsonEditor';
import { RemovalDialog } from './RemovalDialog';
import { ValuesDiff } from './ValuesDiff';
import { describeValuesProblem, formatValues, parseValues, removedKeys, valuesDiff, type AddonValues } from './values-diff';
import { loadValuesText, saveValuesText } from './values-text-storage';

interface ValuesSectionProps {
  clusterId: string;
  addon: string;
  /** The instance's `spec.values` today: where editing starts and what the diff compares with. */
  current: AddonValues;
  /** The values in the plan (always valid JSON, confirmed removals only). */
  planned: AddonValues;
  onCommit: (values: AddonValues) => void;
}

/**
 * The editor text may be anything; only text that parses to an object, and removes no key the add-on has today unless
 * the user confirmed it, reaches the plan. Until then the plan keeps its last good values and Next is held back.
 */
export function ValuesSection({ clusterId, addon, current, planned, onCommit }: ValuesSectionProps) {
  const t = useT();
  const [restored] = useState(() => loadValuesText(clusterId, addon));
  const [open, setOpen] = useState(restored !== undefined);
  const [text, setText] = useState(() => restored ?? formatValues(planned));
  // Removals already in the plan were confirmed before (or come from a restored draft).
  const [confirmed, setConfirmed] = useState(() => new Set(removedKeys(current, planned)));
  const [asking, setAsking] = useState(false);
  const errorId = useId();

  const parsed = useMemo(() => parseValues(text), [text]);
  const unconfirmed = parsed.ok ? removedKeys(current, parsed.values).filter((path) => !confirmed.has(path)) : [];
  const changes = useMemo(() => valuesDiff(current, planned), [current, planned]);

  useBlockNext(
    `addon-values:${addon}`,
    !parsed.ok
      ? t('addons.values.blockedInvalid', { name: addon })
      : unconfirmed.length > 0
        ? t('addons.values.blockedRemoval', { name: addon, paths: commaList(unconfirmed) })
        : null,
  );

  const accept = (values: AddonValues) => {
    if (formatValues(values) !== formatValues(planned)) onCommit(values);
    saveValuesText(clusterId, addon, undefined);
  };

  const edit = (next: string) => {
    setText(next);
    const result = parseValues(next);
    const needsConfirmation = result.ok && removedKeys(current, result.values).some((path) => !confirmed.has(path));
    if (result.ok && !needsConfirmation) accept(result.values);
    else saveValuesText(clusterId, addon, next);
  };

  const confirmRemoval = () => {
    setAsking(false);
    if (!parsed.ok) return;
    setConfirmed(new Set([...confirmed, ...unconfirmed]));
    accept(parsed.values);
  };

  const reset = () => {
    setText(formatValues(current));
    setConfirmed(new Set());
    accept(current);
  };

  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="h4">{t('addons.values.heading')}</Typography>
      <ValuesDiff changes={changes} label={t('addons.values.changes', { name: addon })} />
      {!open ? (
        <Box>
          <Button variant="outlined" size="small" onClick={() => setOpen(true)}>{t('addons.values.edit')}</Button>
        </Box>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">{t('addons.values.editHelp', { name: addon })}</Typography>
          <JsonEditor value={text} onChange={edit} label={t('addons.values.editor', { name: addon })} errorId={parsed.ok ? undefined : errorId} />
          {!parsed.ok && (
            <Alert severity="error" role="status" id={errorId}>
              {t('addons.values.invalid', { problem: describeValuesProblem(parsed.problem) })}
            </Alert>
          )}
          {unconfirmed.length > 0 && (
            <Alert
              severity="warning"
              role="status"
              action={<Button color="inherit" size="small" onClick={() => setAsking(true)}>{t('addons.values.reviewRemoval')}</Button>}
            >
              {t('addons.values.removes', { paths: commaList(unconfirmed), name: addon })}
            </Alert>
          )}
          <Stack direction="row" spacing={1}>
            <Button size="small" onClick={reset}>{t('addons.values.reset')}</Button>
            <Button size="small" onClick={() => setOpen(false)} disabled={!parsed.ok || unconfirmed.length > 0}>{t('addons.values.close')}</Button>
          </Stack>
          <RemovalDialog addon={addon} paths={unconfirmed} open={asking && unconfirmed.length > 0} onConfirm={confirmRemoval} onCancel={() => setAsking(false)} />
        </>
      )}
    </Stack>
  );
}
