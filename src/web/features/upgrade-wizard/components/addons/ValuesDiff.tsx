import { Box, Typography } from '@mui/material';
import type { ValueChange } from './values-diff';

const show = (value: unknown) => JSON.stringify(value);

const describe = (change: ValueChange) => {
  if (change.kind === 'added') return <>added: {show(change.after)}</>;
  if (change.kind === 'removed') return <>removed (was {show(change.before)})</>;
  return <>changed: {show(change.before)} → {show(change.after)}</>;
};

/** Today's values → planned values, one line per path; the words carry the kind, colour only repeats it. */
export function ValuesDiff({ changes, label }: { changes: ValueChange[]; label: string }) {
  if (changes.length === 0) return <Typography variant="body2" color="text.secondary">The values are sent as they are today.</Typography>;
  const colour = { added: 'success.dark', changed: 'text.primary', removed: 'error.dark' } as const;
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, pl: 2, fontSize: '0.875rem' }}>
      {changes.map((change) => (
        <Box component="li" key={`${change.kind}:${change.path}`} sx={{ color: colour[change.kind] }}>
          <Box component="code" sx={{ fontWeight: 'bold' }}>{change.path}</Box> {describe(change)}
        </Box>
      ))}
    </Box>
  );
}
