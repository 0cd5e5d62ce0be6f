import { Box } from '@mui/material';
import { shortHash } from '../lib/format-time';
import { useT } from '../i18n/parts/review';

/** A hash short enough to compare by eye, with the full value one keyboard press away. */
export function Sha256({ value, label }: { value: string; label: string }) {
  const t = useT();
  return (
    <Box component="details" sx={{ fontFamily: 'monospace' }}>
      <Box component="summary" aria-label={t('review.sha256.summary', { label, hash: shortHash(value) })} sx={{ cursor: 'pointer' }}>
        {shortHash(value)}…
      </Box>
      <Box component="code" sx={{ overflowWrap: 'anywhere' }}>{value}</Box>
    </Box>
  );
}
