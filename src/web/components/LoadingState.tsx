import { Box, CircularProgress, Typography } from '@mui/material';
import { useT } from '../i18n/i18n';

/** A labelled spinner: the label is both visible and the progressbar's accessible name. */
export function LoadingState({ label }: { label: string }) {
  const t = useT();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 3 }}>
      <CircularProgress size={24} aria-label={label} />
      <Typography color="text.secondary">{t('loading.text', { label })}</Typography>
    </Box>
  );
}
