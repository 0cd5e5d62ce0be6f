import { activeLocale } from '../../../../i18n/i18n';

// Punctuation between whole messages, in the language they are in: English puts a space after a full stop, Chinese
// full-width punctuation takes none (see the glossary's style rules).
const chinese = () => activeLocale().startsWith('zh');

/** Whole sentences one after another: "One. Two." / "一。二。"; empty ones are left out. */
export const joinSentences = (sentences: readonly (string | false | undefined)[]): string =>
  sentences.filter((sentence): sentence is string => Boolean(sentence)).join(chinese() ? '' : ' ');

/** Items that hold commas of their own: "a 5 min; b 7 min" / "a5分钟；b7分钟". */
export const joinClauses = (items: readonly string[]): string => items.join(chinese() ? '；' : '; ');

/** Names as a list: "a, b, c" / "a、b、c". */
export const listNames = (names: readonly string[]): string => new Intl.ListFormat(activeLocale(), { type: 'conjunction', style: 'narrow' }).format(names);
