import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app';
import { session, upgradeResponse } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render';
import { server } from '../testing/server';
import { confirmSubmit, passPreCheck, storeDraftAt } from '../testing/upgrade-wizard';

const signedIn = (role: 'viewer' | 'operator') =>
  http.get('*/api/session', () => HttpResponse.json({ ...session, auth: 'oidc', user: { name: `Pat ${role}`, role, canSubmit: role === 'operator' } }));

const renderAt = (path: string) => {
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />);
};
afterEach(() => window.history.replaceState(null, '', '/'));

describe('session', () => {
  it('shows who is signed in, and an operator submits with the header that proves it came from the app', async () => {
    server.use(signedIn('operator'));
    let requestedWith: string | null = null;
    server.use(
      http.post('*/api/clusters/:cluster_id/upgrade', ({ request }) => {
        requestedWith = request.headers.get('x-requested-with');
        return HttpResponse.json(upgradeResponse);
      }),
    );
    // The session decides, not the steps before review: the plan is opened there, as after a reload.
    storeDraftAt('review');
    const { user } = renderAt('/');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Signed in as Pat operator (operator)')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeEnabled();
    await passPreCheck(user);
    await user.click(within(await confirmSubmit(user)).getByRole('button', { name: 'Confirm upgrade' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade task' })).toBeInTheDocument();
    expect(requestedWith).toBe('XMLHttpRequest');
  });

  it('offers a viewer no Submit, and says why', async () => {
    server.use(signedIn('viewer'));
    storeDraftAt('review');
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    expect(await screen.findByText(/You are signed in as a viewer: you can review this plan and copy its JSON, but only an operator can submit it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit upgrade' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeInTheDocument();
  });

  it.each([
    ['signed-out', /You have signed out/, '/api/auth/login?returnTo=%2F&prompt=login'],
    ['no-role', /in no group allowed to use the planner/, '/api/auth/login?returnTo=%2F'],
    ['failed', /Sign-in did not complete/, '/api/auth/login?returnTo=%2F'],
  ])('tells a browser sent back %s why, with a way to sign in', async (reason, message, href) => {
    server.use(http.get('*/api/session', () => HttpResponse.json({ auth: 'oidc' })));
    renderAt(`/?signed-out=${reason}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to the CCE Upgrade Planner' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', href);
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('explains the BFF refusing a role in words, not as CCE’s doing', async () => {
    server.use(
      signedIn('operator'),
      http.post('*/api/clusters/:cluster_id/upgrade', () =>
        HttpResponse.json({ status: 403, code: 'BFF.FORBIDDEN_ROLE', message: 'Submitting or retrying an upgrade needs the operator role.' }, { status: 403 }),
      ),
    );
    storeDraftAt('review');
    const { user } = renderAt('/');
    await passPreCheck(user);
    await user.click(within(await confirmSubmit(user)).getByRole('button', { name: 'Confirm upgrade' }));
    const alert = await screen.findByText('Your role does not allow this').then((title) => title.closest('[role="alert"]') as HTMLElement);
    expect(alert).toHaveTextContent('Your role does not allow this');
    expect(alert).toHaveTextContent(/Ask your administrator to add you to an operator group/);
  });
});
