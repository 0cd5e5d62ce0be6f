import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size (kB) of what the first page load fetches: the entry scripts, their modulepreloads and stylesheets. */
export function initialBundle(distDir: string): { js: number; css: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(js|css))"/g)];
  const size = (ext: string) =>
    refs
      .filter((m) => m[2] === ext)
      .reduce((sum, m) => sum + gzipSync(readFileSync(join(distDir, m[1] ?? ''))).length, 0) / 1024;
  return { js: size('js'), css: size('css') };
}
