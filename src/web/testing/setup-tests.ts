import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

// An unhandled request is a test bug: it is recorded here and fails the test that made it.
const unhandled: string[] = [];

beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      unhandled.push(`${request.method} ${request.url}`);
      print.error();
    },
  }),
);

afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  const leaked = unhandled.splice(0);
  if (leaked.length > 0) throw new Error(`Unhandled requests: ${leaked.join(', ')}`);
});

afterAll(() => server.close());
