import { i18n, type Messages } from '@lingui/core';
import { Trans as LinguiTrans, useLingui } from '@lingui/react';
import type { Localization } from '@mui/material/locale';
import { createElement, useCallback, type ReactElement } from 'react';
import type enSource from './locales/app/en.json';
import { messages as en } from './locales/app/en.json?lingui';

/**
 * The ids of the `app` part (what the first screen says), typed from its English catalogue: an id the catalogue lacks
 * does not compile. Lazy code speaks through its part (./parts/<part>.ts), which adds the part's own ids.
 */
export type MessageId = keyof typeof enSource;
export type MessageValues = Record<string, unknown>;
/** `t(id, values)` of a part: the app's ids and the part's own. */
export type Translate<Id extends string = MessageId> = (id: Id, values?: MessageValues) => string;
/**
 * A message with markup inside the sentence: "Open the <0>add-ons step</0>" with `components={{ 0: <Link … /> }}`, so
 * the sentence stays whole for translators instead of being cut around the link.
 */
export interface TransProps<Id extends string = MessageId> {
  id: Id;
  values?: MessageValues;
  components?: Record<string, ReactElement>;
}

/** In the order the switch shows them (Huawei's console lists 中文 first). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Each language named in itself, as a switch must. */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };
export const LOCALE_STORAGE_KEY = 'cce-planner.locale';

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// English is the source and the fallback: it ships with the first screen. Chinese loads when chosen. Lingui keeps this
// object as its English (its first load of a language stores the object given), so a part adds to it in place.
const english: Messages = { ...en };
i18n.load('en', english);
i18n.activate('en');

interface Catalogue {
  messages: Messages;
  mui?: Localization;
}
// English is there from the start; the only other language loads on first use.
const catalogues: Partial<Record<Locale, Catalogue>> = { en: { messages: english } };

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

/**
 * The browser loads its number data with the first Intl.NumberFormat of a page, whatever the locale or options: ~14 ms
 * here, four times that on the phone Lighthouse models, a long task wherever it lands. Unloaded, the first screen's
 * first plural ("10 nodes in 4 node pools") pays it inside a render; called on its own task while the first answers
 * are on their way, it is paid there (every later number format takes ~0.1 ms).
 */
export function loadNumberData(): void {
  new Intl.NumberFormat(i18n.locale).format(0);
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
export const translate: Translate = (id, values) => i18n._(id, values);

/** `t(id, values)` in the active language; components using it re-render when the language changes. */
export function useT(): Translate {
  const { _ } = useLingui();
  return useCallback((id: MessageId, values?: MessageValues) => _(id, values), [_]);
}

/** A message with markup inside it, in the active language (see TransProps). */
export const Trans = (props: TransProps): ReactElement => createElement(LinguiTrans, props);

/**
 * A part of the catalogues that ships with the lazy code using it: loading the part's module adds its English to the
 * catalogue (Chinese comes whole with ./zh-CN.ts), and its `useT` / `translate` accept the app's ids and the part's.
 * Code that shows a part's words imports them from the part, so the words are there whenever the code is.
 */
export function messagePart<PartId extends string>(part: Messages) {
  // Added in place, without Lingui's load: that announces a change, which re-renders every component that speaks, and
  // none needs to (the part's words are there before its code renders; Chinese has them all already).
  Object.assign(english, part);
  return {
    useT: useT as () => Translate<MessageId | PartId>,
    translate: translate as Translate<MessageId | PartId>,
    Trans: Trans as (props: TransProps<MessageId | PartId>) => ReactElement,
  };
}
