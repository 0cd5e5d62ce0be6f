import { Box, Typography } from '@mui/material';
import { Trans, useT } from '../../../../i18n/parts/addons';
import type { ValueChange } from './values-diff';

const show = (value: unknown) => JSON.stringify(value);

const messages = { added: 'addons.values.added', changed: 'addons.values.changed', removed: 'addons.values.removed' } as const satisfies Record<ValueChange['kind'], string>;

/** Today's values → planned values, one line per path; the words carry the kind, colour only repeats it. */
export function ValuesDiff({ changes, label }: { changes: ValueChange[]; label: string }) {
  const t = useT();
  if (changes.length === 0) return <Typography variant="body2" color="text.secondary">{t('addons.values.unchanged')}</Typography>;
  const colour = { added: 'success.dark', changed: 'text.primary', removed: 'error.dark' } as const;
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, pl: 2, fontSize: '0.875rem' }}>
      {changes.map((change) => (
        <Box component="li" key={`${change.kind}:${change.path}`} sx={{ color: colour[change.kind] }}>
          <Trans
            id={messages[change.kind]}
            // As elements, not strings: Lingui reads tags in string values, and values are the user's text.
            values={{ path: <>{change.path}</>, before: <>{show(change.before)}</>, after: <>{show(change.after)}</> }}
            components={{ 0: <Box component="code" sx={{ fontWeight: 'bold' }} /> }}
          />
        </Box>
      ))}
    </Box>
  );
}
