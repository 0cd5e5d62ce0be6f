import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { LoadFailed } from './app/LoadFailed';
import { activateLocale, initialLocale, loadNumberData } from './i18n/i18n';

// A load evaluates its modules before it can draw anything, and that was its longest task: ~60 ms here, ~250 ms on the
// four times slower phone Lighthouse models, all counted as blocking time. Split in two, React (this chunk) and the
// first screen (./app/page: MUI, the schemas, the app), each stage is a task of its own and the browser can paint and
// answer input between them. Both chunks download at once (index.html preloads the page's).
const root = createRoot(document.getElementById('root')!);
const page = import('./app/page');
// A failure is handled below, once the language is there: not a rejection nobody handles meanwhile.
page.catch(() => undefined);
// The first screen is drawn in its language: Chinese waits for its catalogue (English ships with the app); if that
// cannot load, the page is drawn in English, the fallback, as the switch would leave it. The language comes first even
// when the page fails, so that the failure is said in it too.
const language = activateLocale(initialLocale()).catch(() => undefined);
void language.then(() => page).then(
  ({ renderPage }) => {
    // A transition lets React yield to the browser while it builds the first screen, instead of one long blocking task.
    startTransition(() => renderPage(root));
    setTimeout(loadNumberData, 0);
    // The words of validation errors: nothing is validated before a click, so they load beside the first screen's reads.
    void import('./i18n/schema-messages');
  },
  () => root.render(<LoadFailed />),
);
