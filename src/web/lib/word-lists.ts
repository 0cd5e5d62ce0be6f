import { activeLocale } from '../i18n/i18n';

// The planner's English lists things without a serial comma ("a, b and c"), as British English does.
const listLocale = (): string => (activeLocale() === 'en' ? 'en-GB' : activeLocale());

/** "a", "a and b", "a, b and c" in English; "a、b和c" in Chinese. */
export const andList = (words: readonly string[]): string => new Intl.ListFormat(listLocale(), { type: 'conjunction' }).format(words);

/**
 * Items listed with commas only, as the English has always listed wave numbers and add-on names ("3, 4, 5"). CLDR's
 * Chinese unit lists have no separator ("345"), so Chinese lists them as a sentence does ("3、4和5").
 */
export const commaList = (items: readonly (string | number)[]): string =>
  new Intl.ListFormat(activeLocale(), activeLocale() === 'en' ? { type: 'unit', style: 'short' } : { type: 'conjunction' }).format(items.map(String));
