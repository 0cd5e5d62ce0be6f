import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size (kB) of what the first page load fetches: the entry scripts, their modulepreloads and stylesheets. Gzip at the
 * default level, comparable across builds; and the build's own brotli files, which is what the BFF actually sends.
 */
export function initialBundle(distDir: string): { js: number; css: number; jsBrotli: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(js|css))"/g)].map((m) => ({ file: join(distDir, m[1] ?? ''), ext: m[2] }));
  const kB = (sizes: number[]) => sizes.reduce((sum, size) => sum + size, 0) / 1024;
  const gzip = (ext: string) => kB(refs.filter((r) => r.ext === ext).map((r) => gzipSync(readFileSync(r.file)).length));
  // Files under 1 kB are not precompressed and go as they are.
  const sent = (file: string) => readFileSync(existsSync(`${file}.br`) ? `${file}.br` : file).length;
  return { js: gzip('js'), css: gzip('css'), jsBrotli: kB(refs.filter((r) => r.ext === 'js').map((r) => sent(r.file))) };
}
