import { Box } from '@mui/material';
import { shortHash } from '../lib/format-time';

/** A hash short enough to compare by eye, with the full value one keyboard press away. */
export function Sha256({ value, label }: { value: string; label: string }) {
  return (
    <Box component="details" sx={{ fontFamily: 'monospace' }}>
      <Box component="summary" aria-label={`${label} ${shortHash(value)}, show the full value`} sx={{ cursor: 'pointer' }}>
        {shortHash(value)}…
      </Box>
      <Box component="code" sx={{ overflowWrap: 'anywhere' }}>{value}</Box>
    </Box>
  );
}
