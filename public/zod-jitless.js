// The page's CSP allows no eval. zod reads this global config when it builds its first schema; without jitless it
// probes for eval (a CSP violation) to compile parsers with new Function. A classic script, so it runs before the
// app's modules whatever order the bundler gives their chunks.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
