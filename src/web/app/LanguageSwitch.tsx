import { Box, Button, Typography } from '@mui/material';
import { useLingui } from '@lingui/react';
import { useState } from 'react';
import { activateLocale, type Locale, LOCALE_NAMES, LOCALES, useT } from '../i18n/i18n';

/**
 * 中文 / English in the app bar: the active language shown, the other one a button. One tab stop, so the keyboard
 * journey pays one press for it; the choice applies at once (Chinese once its catalogue loads) and is kept across reloads.
 * When the catalogue cannot be loaded (a dropped connection, a deploy that replaced the file), the page stays in its
 * language and says so beside the button, which tries again.
 */
export function LanguageSwitch() {
  const t = useT();
  const { i18n } = useLingui();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const choose = (locale: Locale) => {
    setLoading(true);
    setFailed(false);
    activateLocale(locale, { remember: true }).then(
      () => setLoading(false),
      () => {
        setLoading(false);
        setFailed(true);
      },
    );
  };
  return (
    <Box role="group" aria-label={t('language.switch')} aria-busy={loading} sx={{ ml: 2, display: 'flex', alignItems: 'center', flexShrink: 0, gap: 0.5 }}>
      {LOCALES.map((locale) =>
        locale === i18n.locale ? (
          <Box key={locale} component="span" lang={locale} aria-current="true" sx={{ px: 1, fontWeight: 700, typography: 'button' }}>
            {LOCALE_NAMES[locale]}
          </Box>
        ) : (
          <Button key={locale} lang={locale} size="small" color="inherit" onClick={() => choose(locale)} disabled={loading} sx={{ minWidth: 44, minHeight: 44 }}>
            {LOCALE_NAMES[locale]}
          </Button>
        ),
      )}
      <Typography role="alert" variant="caption" sx={{ display: failed ? undefined : 'none' }}>
        {failed && t('language.loadFailed')}
      </Typography>
    </Box>
  );
}
