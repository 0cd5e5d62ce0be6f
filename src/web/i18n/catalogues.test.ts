import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n';

const LOCALES_DIR = 'src/web/i18n/locales';
const parts = readdirSync(LOCALES_DIR).filter((name) => statSync(join(LOCALES_DIR, name)).isDirectory());
const read = (part: string, locale: string): Record<string, string> => JSON.parse(readFileSync(join(LOCALES_DIR, part, `${locale}.json`), 'utf8'));
const catalogue = (part: string) => Object.fromEntries(LOCALES.map((locale) => [locale, read(part, locale)] as const));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/**
 * The SPA's modules in the first-load bundle: those main.tsx and the first screen (app/page.tsx, which main.tsx imports
 * as its second stage and index.html preloads) reach by static imports (any other import() splits a chunk off).
 */
function firstLoadModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [statement, spec] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^'?]+)[^']*'/gms)) {
      if (/^(import|export)\s+type\s/.test(statement)) continue;
      const base = join(dirname(file), spec!);
      const found = [`${base}.ts`, `${base}.tsx`, base].find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (found) visit(found);
    }
  };
  visit('src/web/main.tsx');
  visit('src/web/app/page.tsx');
  return [...seen];
}

/** The arguments an ICU message names ({count}, {nodes, plural, …}); `#` and the plural branches are not arguments. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

describe('message catalogues', () => {
  it.each(parts)('%s: hold the same ids in every language', (part) => {
    const { en, ...others } = catalogue(part);
    for (const [locale, messages] of Object.entries(others)) {
      expect(Object.keys(messages!).sort(), `${locale} has other ids than en`).toEqual(Object.keys(en!).sort());
    }
  });

  it.each(parts)('%s: leave no message empty and name the same arguments in every language', (part) => {
    const messages = catalogue(part);
    for (const [id, message] of Object.entries(messages.en!)) {
      for (const locale of LOCALES) {
        const translated = messages[locale]![id];
        expect(translated?.trim(), `${locale} ${id}`).toBeTruthy();
        expect(argumentsOf(translated ?? ''), `${locale} ${id}`).toEqual(argumentsOf(message));
      }
    }
  });

  it('give every id one part: Chinese loads all parts at once, where a twin id would overwrite another part’s message', () => {
    const ids = parts.flatMap((part) => Object.keys(read(part, 'en')).map((id) => `${id} (${part})`));
    const twins = ids.filter((entry, index) => ids.findIndex((other) => other.split(' ')[0] === entry.split(' ')[0]) !== index);
    expect(twins).toEqual([]);
  });

  it('load every part: its English with the code of the part, its Chinese in the one Chinese file', () => {
    const zh = readFileSync('src/web/i18n/zh-CN.ts', 'utf8');
    for (const part of parts) {
      expect(zh, `zh-CN.ts loads ${part}`).toContain(`./locales/${part}/zh-CN.json?lingui`);
      if (part !== 'app') expect(readFileSync(`src/web/i18n/parts/${part}.ts`, 'utf8')).toContain(`../locales/${part}/en.json?lingui`);
    }
  });

  it('keep the first load to the app part: a lazy part imported by first-load code would ship all its words with it', () => {
    const modules = firstLoadModules();
    expect(modules).toContain('src/web/features/upgrade-wizard/components/ClusterStep.tsx');
    expect(modules.filter((file) => /\/i18n\/parts\//.test(file))).toEqual([]);
  });

  it('use every id somewhere in the SPA (a message no code shows is a translation wasted)', () => {
    const code = sourceFiles('src/web').map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = parts.flatMap((part) => Object.keys(read(part, 'en')).filter((id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`)));
    expect(unused).toEqual([]);
  });
});
