import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

const catalogues: Record<string, Record<string, string>> = { en, 'zh-CN': zhCN };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/** The arguments an ICU message names ({count}, {nodes, plural, …}); `#` and the plural branches are not arguments. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

describe('message catalogues', () => {
  it('hold the same ids in every language', () => {
    const ids = Object.keys(en).sort();
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      expect(Object.keys(catalogue).sort(), `${locale} has other ids than en`).toEqual(ids);
    }
  });

  it('leave no message empty and name the same arguments in every language', () => {
    for (const [id, message] of Object.entries(en)) {
      for (const [locale, catalogue] of Object.entries(catalogues)) {
        expect(catalogue[id]?.trim(), `${locale} ${id}`).toBeTruthy();
        expect(argumentsOf(catalogue[id] ?? ''), `${locale} ${id}`).toEqual(argumentsOf(message));
      }
    }
  });

  it('use every id somewhere in the SPA (a message no code shows is a translation wasted)', () => {
    const code = sourceFiles('src/web').map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = Object.keys(en).filter((id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });
});
