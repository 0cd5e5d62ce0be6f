import { activeLocale } from '../i18n/i18n';

// Lists and runs of sentences in the language the planner speaks: one place, so every page lists alike.

const chinese = () => activeLocale().startsWith('zh');
// The planner's English lists things without a serial comma ("a, b and c"), as British English does.
const listLocale = (): string => (activeLocale() === 'en' ? 'en-GB' : activeLocale());

// A ListFormat is costly to build (the first one loads the locale's data): one per locale and kind, reused.
const formats = new Map<string, Intl.ListFormat>();
const listFormat = (locale: string, type: Intl.ListFormatType, style: Intl.ListFormatStyle = 'long') => {
  const key = `${locale} ${type} ${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(locale, { type, style })));
  return format;
};

/** "a", "a and b", "a, b and c" in English; "a、b和c" in Chinese. */
export const andList = (words: readonly string[]): string => listFormat(listLocale(), 'conjunction').format(words);

/** "a or b", "a, b or c" / "a、b或c". */
export const orList = (words: readonly string[]): string => listFormat(listLocale(), 'disjunction').format(words);

/** Names and numbers listed with commas only: "3, 4, 5" / "3、4、5". */
export const commaList = (items: readonly (string | number)[]): string => listFormat(activeLocale(), 'conjunction', 'narrow').format(items.map(String));

/** Whole sentences one after another: "One. Two." / "一。二。" (full-width punctuation takes no space); empty ones left out. */
export const joinSentences = (sentences: readonly (string | false | undefined)[]): string =>
  sentences.filter((sentence): sentence is string => Boolean(sentence)).join(chinese() ? '' : ' ');

/** A clause as a sentence of its own: "write a comment" → "Write a comment." / "请输入评论内容" → "请输入评论内容。". */
export const asSentence = (clause: string): string =>
  `${clause.charAt(0).toLocaleUpperCase(activeLocale())}${clause.slice(1)}${chinese() ? '。' : '.'}`;

/** Parts of one clause, run together: "a, b" / "a，b". */
export const joinPhrases = (items: readonly string[]): string => items.join(chinese() ? '，' : ', ');

/** Items that hold commas of their own: "a 5 min; b 7 min" / "a5分钟；b7分钟". */
export const joinClauses = (items: readonly string[]): string => items.join(chinese() ? '；' : '; ');
