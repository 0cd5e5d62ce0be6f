import { formatter } from '@lingui/format-json';
import type { LinguiConfig } from '@lingui/conf';

/**
 * Message catalogues of the SPA (src/web/i18n/locales/<locale>.json): id → ICU message. English is the source and the
 * fallback; the Vite plugin compiles a catalogue when it is imported with `?lingui`. Ids are written by hand (no macro
 * extraction: that needs Babel, which this build does not run); src/web/i18n/catalogues.test.ts checks the two agree
 * with each other and with the code.
 */
const config: LinguiConfig = {
  locales: ['en', 'zh-CN'],
  sourceLocale: 'en',
  fallbackLocales: { default: 'en' },
  catalogs: [{ path: '<rootDir>/src/web/i18n/locales/{locale}', include: ['<rootDir>/src/web'] }],
  format: formatter({ style: 'minimal' }),
};

export default config;
