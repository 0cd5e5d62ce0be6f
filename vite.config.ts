import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes .br and .gz beside every built text file once, at maximum compression, for the BFF to serve as they are
 * (@fastify/static `preCompressed`): smaller than on-the-fly compression, and no CPU spent on it per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const compressible = /\.(js|css|html|svg|json|txt)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    closeBundle() {
      for (const file of walk(outDir).filter((f) => compressible.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * A load in two stages (src/web/main.tsx): the entry's chunk (React, the language) and the first screen's
 * (src/web/app/page.tsx, an entry of its own so that it is cut from the modules the first screen really uses), which
 * main.tsx imports, so that the two chunks are evaluated in separate tasks. The first-load group keeps what main.tsx
 * reaches in the entry's chunk; index.html preloads the page's, which would otherwise start downloading only once main's
 * had run; and the build fails if the entry's chunk imports the page's, which would make them one task again.
 */
function firstScreen(entry: string, page: string) {
  const boot = new Set<string>();
  let base = '/';
  const plugin: Plugin = {
    name: 'first-screen',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    buildStart: () => boot.clear(),
    buildEnd() {
      const visit = (id: string) => {
        if (boot.has(id)) return;
        boot.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      visit(entry);
      // The page among what main.tsx imports statically: its modules would all land in the entry's chunk, one task.
      if (boot.has(page)) this.error('first-screen: main.tsx reaches src/web/app/page.tsx by static imports; the two stages would be one task');
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const withImports = (files: string[], seen = new Set<string>()): Set<string> => {
          for (const file of files) {
            if (seen.has(file)) continue;
            seen.add(file);
            withImports(byFile.get(file)?.imports ?? [], seen);
          }
          return seen;
        };
        const pageChunk = chunks.find((chunk) => chunk.facadeModuleId === page);
        const mainChunk = chunks.find((chunk) => chunk.facadeModuleId === entry);
        if (!pageChunk || !mainChunk) throw new Error('first-screen: the entry or the page has no chunk');
        const loaded = withImports([mainChunk.fileName]);
        if (loaded.has(pageChunk.fileName)) {
          throw new Error('first-screen: the entry chunk imports the first screen statically; the two stages would be one task');
        }
        return [...withImports([pageChunk.fileName])]
          .filter((file) => !loaded.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
  return { plugin, boot: (id: string) => boot.has(id) };
}

// The entry is index.html, which loads src/web/main.tsx.
const stages = { entry: resolve(import.meta.dirname, 'index.html'), page: resolve(import.meta.dirname, 'src/web/app/page.tsx') };
const firstLoad = firstScreen(stages.entry, stages.page);

export default defineConfig({
  // lingui(): compiles the message catalogues the SPA imports with `?lingui` (lingui.config.ts); a message missing from a
  // catalogue, or one that is not valid ICU, fails the build.
  plugins: [react(), lingui({ failOnMissing: true, failOnCompileError: true }), firstLoad.plugin, precompress()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      input: { index: stages.entry, page: stages.page },
      // What the first screen loads in two chunks (see firstScreen), instead of some thirty-five shared chunks that lazy
      // code also imports: fewer requests and fewer compression contexts for the first load. Lazy code keeps its own
      // chunks and imports what it shares from these.
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-load', tags: ['$initial'], test: firstLoad.boot, priority: 2 },
            { name: 'first-screen', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
    // The two first-load chunks are ~240 and ~370 kB before compression (185 kB gzip together; the budget is
    // scripts/bench/bundle.ts's, on gzip).
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev`: the SPA with hot reload, /api proxied to a BFF started with `npm run dev:bff`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
    port: 5173,
  },
  test: {
    // Budgets for a loaded two-core machine, where one test can take several times its idle duration. Hooks start
    // PGlite, Fastify apps and the simulator (node) or unmount a whole app (web): the same room for both projects.
    hookTimeout: 30_000,
    // Vitest runs `cores - 1` files at once by default: one on these two-core machines, while its main process mostly
    // waits. Two at once keeps both cores busy and brings the suite back inside CI's 30 minutes (one worker: about 17 min
    // for the unit and component tests alone); the budgets above already allow for a loaded machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Mostly single inject() calls and property runs: a hang should fail well before the web journeys' budget.
          testTimeout: 20_000,
          // Each file builds its own apps, databases and servers, so the files of a worker can share their imports:
          // Fastify, PGlite and Kysely load once per worker instead of once per file (the suite: 170 s → 58 s here).
          // The web project keeps isolation: jsdom and React state carried across files made it three times slower.
          isolate: false,
          include: ['src/shared/**/*.test.ts', 'src/server/**/*.test.ts', 'src/simulator/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          // Click-through journeys in jsdom are CPU-bound: 3–5 s on an idle two-core machine, up to ~15 s beside other runs.
          testTimeout: 30_000,
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/testing/setup-tests.ts'],
        },
      },
    ],
  },
});
