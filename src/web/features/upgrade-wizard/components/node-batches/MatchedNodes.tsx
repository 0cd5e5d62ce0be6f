import { Box, Typography } from '@mui/material';
import { useT } from '../../../../i18n/parts/wizard';

// A batch in the 2,000-node demo pool can match every node; a few dozen names say enough, the count says the rest.
const SHOWN = 50;

export function MatchedNodes({ id, label, names }: { id: string; label: string; names: readonly string[] }) {
  const t = useT();
  if (names.length === 0) return <Typography id={id} color="text.secondary">{t('wizard.batch.noMatch')}</Typography>;
  return (
    <Box id={id}>
      <Box component="ul" aria-label={label} sx={{ columns: '14rem', m: 0, pl: 3 }}>
        {names.slice(0, SHOWN).map((name) => (
          <li key={name}>{name}</li>
        ))}
      </Box>
      {names.length > SHOWN && <Typography color="text.secondary">{t('wizard.batch.more', { count: names.length - SHOWN })}</Typography>}
    </Box>
  );
}
