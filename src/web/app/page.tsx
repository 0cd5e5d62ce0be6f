import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './app';
import { AppProviders } from './providers';

/**
 * The first screen, the second stage of a load (see main.tsx): everything it imports (MUI, the schemas, the app) is
 * evaluated when main.tsx imports this module, in a task of its own, and is fetched beside main's own chunk (the build
 * preloads it from index.html: vite.config.ts, firstScreen).
 */
export function renderPage(root: Root): void {
  root.render(
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}
