import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { activateLocale, initialLocale } from './i18n/i18n';

const root = createRoot(document.getElementById('root')!);
// The first screen is drawn in its language: Chinese waits for its catalogue (English ships with the app).
void activateLocale(initialLocale()).finally(() => {
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
  // The words of validation errors: nothing is validated before a click, so they load beside the first screen's reads.
  void import('./i18n/schema-messages');
});
