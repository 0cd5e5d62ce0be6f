import { readdirSync } from 'node:fs';
import { formatter } from '@lingui/format-json';
import type { LinguiConfig } from '@lingui/conf';

/**
 * Message catalogues of the SPA, one pair per part: src/web/i18n/locales/<part>/<locale>.json, id → ICU message.
 * `app` holds what the first screen says and ships with it; every other part ships with the lazy code that uses it
 * (src/web/i18n/parts/<part>.ts loads its English when that code loads), so the first load does not carry the words
 * of pages nobody opened. Chinese loads whole, on first use. English is the source and the fallback; the Vite plugin
 * compiles a catalogue when it is imported with `?lingui`. Ids are written by hand (no macro extraction: that needs
 * Babel, which this build does not run); src/web/i18n/catalogues.test.ts checks the catalogues agree with each other
 * and with the code.
 */
const parts = readdirSync(new URL('./src/web/i18n/locales', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory());

const config: LinguiConfig = {
  locales: ['en', 'zh-CN'],
  sourceLocale: 'en',
  fallbackLocales: { default: 'en' },
  catalogs: parts.map(({ name }) => ({ path: `<rootDir>/src/web/i18n/locales/${name}/{locale}`, include: ['<rootDir>/src/web'] })),
  format: formatter({ style: 'minimal' }),
};

export default config;
