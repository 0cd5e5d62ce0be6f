import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

export default defineConfig({
  // lingui(): compiles the message catalogues the SPA imports with `?lingui` (lingui.config.ts); a message missing from a
  // catalogue, or one that is not valid ICU, fails the build.
  plugins: [react(), lingui({ failOnMissing: true, failOnCompileError: true }), precompress()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      // Everything the first screen loads in one chunk beside the entry, instead of some thirty-five shared chunks that
      // lazy code also imports: fewer requests and one compression context for the first load. Lazy code keeps its
      // own chunks and imports what it shares from this one.
      output: { codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] } },
    },
    // That chunk is ~600 kB before compression (183 kB gzip; the budget is scripts/bench/bundle.ts's, on gzip).
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
