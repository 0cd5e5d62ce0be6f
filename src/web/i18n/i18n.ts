import { i18n, type Messages } from '@lingui/core';
import { useLingui } from '@lingui/react';
import type { Localization } from '@mui/material/locale';
import { useCallback } from 'react';
import type enSource from './locales/en.json';
import { messages as en } from './locales/en.json?lingui';

/** Every message id, typed from the English catalogue: an id the catalogue lacks does not compile. */
export type MessageId = keyof typeof enSource;
export type MessageValues = Record<string, unknown>;

/** In the order the switch shows them (Huawei's console lists 中文 first). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Each language named in itself, as a switch must. */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };
export const LOCALE_STORAGE_KEY = 'cce-planner.locale';

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// English is the source and the fallback: it ships with the first screen. Chinese loads when chosen.
i18n.load('en', en);
i18n.activate('en');

interface Catalogue {
  messages: Messages;
  mui?: Localization;
}
// English is there from the start; the only other language loads on first use.
const catalogues: Partial<Record<Locale, Catalogue>> = { en: { messages: en } };

/** The first of the browser's languages the planner speaks (Simplified Chinese for zh, zh-CN, zh-Hans, zh-SG); else English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    if (/^zh(-(cn|hans|sg)\b.*)?$/i.test(tag)) return 'zh-CN';
    if (/^en\b/i.test(tag)) return 'en';
  }
  return 'en';
}

/** The language chosen with the switch on this browser, else the browser's own. */
export function initialLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    // Storage refused (private mode, policy): the browser's language it is.
  }
  return isLocale(stored) ? stored : browserLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/** Loads the locale's catalogue if needed and switches every mounted component to it; `remember` keeps it across reloads. */
export async function activateLocale(locale: Locale, { remember = false } = {}): Promise<void> {
  catalogues[locale] ??= await import('./zh-CN');
  i18n.load(locale, catalogues[locale].messages);
  i18n.activate(locale);
  document.documentElement.lang = locale;
  if (!remember) return;
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not kept: the choice still holds until the page is reloaded.
  }
}

/** MUI's own texts (pagination, close buttons, …) in the active language, once its catalogue is loaded. */
export const muiLocalization = (locale: string): Localization | undefined => (isLocale(locale) ? catalogues[locale]?.mui : undefined);

/** The language messages are in now, for `Intl` formatters beside them. */
export const activeLocale = (): string => i18n.locale;

/** A message in the active language, for code outside components (formatters called while rendering). */
export const translate = (id: MessageId, values?: MessageValues): string => i18n._(id, values);

/** `t(id, values)` in the active language; components using it re-render when the language changes. */
export function useT() {
  const { _ } = useLingui();
  return useCallback((id: MessageId, values?: MessageValues) => _(id, values), [_]);
}
