import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';
import '../i18n/schema-messages';
import { i18n } from '@lingui/core';
import { activateLocale } from '../i18n/i18n';

// findBy*/waitFor give up after 1 s by default: less than a lazy step's first import takes on a loaded machine.
// Waiting longer costs a passing test nothing; it stays well inside the web project's test timeout.
configure({ asyncUtilTimeout: 10_000 });

// An unhandled request is a test bug: it is recorded here and fails the test that made it.
const unhandled: string[] = [];
// So is a message shown before its part of the catalogues loaded (Lingui would show the bare id): code must take its
// words from the part it imports (src/web/i18n/parts).
const missing: string[] = [];
i18n.on('missing', ({ id, locale }) => void missing.push(`${locale}:${id}`));

beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      unhandled.push(`${request.method} ${request.url}`);
      print.error();
    },
  }),
);

afterEach(async () => {
  cleanup();
  // A test that switched to Chinese leaves the next one in English, as a first visit with an English browser is.
  await activateLocale('en');
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  const leaked = unhandled.splice(0);
  if (leaked.length > 0) throw new Error(`Unhandled requests: ${leaked.join(', ')}`);
  const unknown = [...new Set(missing.splice(0))];
  if (unknown.length > 0) throw new Error(`Messages shown but not in the loaded catalogues: ${unknown.join(', ')}`);
});

afterAll(() => server.close());
