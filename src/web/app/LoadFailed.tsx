import { translate } from '../i18n/i18n';

/**
 * The first screen's code did not arrive (the connection dropped, or a new version replaced it since index.html was
 * sent): said in the planner's words, which the entry chunk carries, with the way on, instead of "Loading…" for ever.
 * Styled by index.html's shell rules, as MUI came with the code that did not arrive. A module of its own, so that
 * main.tsx exports no component and hot reload in `npm run dev` reloads the page rather than re-running main.tsx.
 */
export function LoadFailed() {
  return (
    <>
      <header className="shell-bar">{translate('app.title')}</header>
      <main className="shell-main">
        <p role="alert">{translate('app.loadFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {translate('app.reload')}
        </button>
      </main>
    </>
  );
}
