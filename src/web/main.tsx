import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import '../shared/zod-messages';

const root = createRoot(document.getElementById('root')!);
// A transition lets React yield to the browser while it builds the first screen, instead of one long blocking task.
startTransition(() =>
  root.render(
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
);
