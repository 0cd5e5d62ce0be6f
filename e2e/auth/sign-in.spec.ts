import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUTH_SIMULATOR_PORT, BFF_LOG, E2E_AK, E2E_SK, SHORT_SESSION_BFF_PORT, SHORT_SESSION_SECONDS } from './servers';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, SimulatorControl } from '../fixtures';
import { clickNext, planUpgrade } from '../review-page';
import { cspViolations, signInAtProvider, test, watchCspViolations } from './journeys';
import { approve, expectTaskPage, saveForReview, submitApproved } from './plan-page';

const simulator = new SimulatorControl(`http://127.0.0.1:${AUTH_SIMULATOR_PORT}/__sim`);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

test.beforeEach(async ({ page }) => {
  await simulator.reset();
  await watchCspViolations(page);
});

/** Every response `page` receives, headers and body, to search for the credentials. */
function recordResponses(page: Page, seen: string[]) {
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    seen.push(`${response.status()} ${response.url()}\n${JSON.stringify(await response.allHeaders())}\n${body.toString('utf8')}`);
  });
}

test('an operator signs in, saves a plan another operator approves, submits it and signs out; nothing the browsers, the logs or the bundle hold carries the AK or SK', async ({ page, context, baseURL, signIn }) => {
  const seen: string[] = [];
  recordResponses(page, seen);

  await page.goto('/');
  await signInAtProvider(page, 'operator');
  await expect(page.getByRole('banner')).toContainText('Signed in as Olga Operator (operator)');
  const [session] = (await context.cookies()).filter((cookie) => cookie.name === '__Host-planner-session');
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  await expectAccessible(page, 'signed in');

  // Approvals are required (the default with sign-in): the plan is saved, approved by a second operator, then submitted.
  await planUpgrade(page, 'prod-payments', 'v1.29');
  const link = await saveForReview(page, 1);
  const reviewer = await signIn('reviewer');
  recordResponses(reviewer, seen);
  await reviewer.goto(link);
  await approve(reviewer, 1);
  await page.reload();
  await submitApproved(page, 'prod-payments');
  await expectTaskPage(page);
  expect(await simulator.received('upgradeCluster')).toHaveLength(1);
  await expect(page.getByRole('progressbar', { name: 'Upgrade progress' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the CCE Upgrade Planner' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  await expectAccessible(page, 'signed out');
  const afterSignOut = await page.request.get(`${baseURL}/api/cce/v3/clusterupgradepaths`);
  expect(afterSignOut.status()).toBe(401);
  expect(await cspViolations(page)).toEqual([]);

  // Signing in again after signing out asks the provider for credentials again.
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();

  const log = readFileSync(BFF_LOG, 'utf8');
  expect(log).toContain('"msg":"signed in"');
  expect(seen.length).toBeGreaterThan(20);
  const bundle = filesUnder('dist').map((file) => readFileSync(file, 'utf8'));
  expect(bundle.length).toBeGreaterThan(3);
  for (const secret of [E2E_AK, E2E_SK]) {
    expect(seen.filter((entry) => entry.includes(secret))).toEqual([]);
    expect(log.split('\n').filter((line) => line.includes(secret))).toEqual([]);
    expect(bundle.filter((text) => text.includes(secret))).toEqual([]);
  }
});

test('a viewer plans but finds no Submit, and the BFF refuses a direct submit with 403', async ({ page }) => {
  await page.goto('/');
  await signInAtProvider(page, 'viewer');
  await expect(page.getByRole('banner')).toContainText('Signed in as Victor Viewer (viewer)');
  await planUpgrade(page, 'prod-payments', 'v1.29');
  await expect(page.getByText(/You are signed in as a viewer: you can review this plan and copy its JSON, but only an operator can submit it/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit upgrade' })).toHaveCount(0);
  await expectAccessible(page, 'viewer review');

  const body = (await page.getByRole('region', { name: 'Upgrade request JSON' }).textContent()) ?? '';
  const answer = await page.evaluate(async (request) => {
    const session = (await (await fetch('/api/session')).json()) as { projectId: string };
    const clusters = (await (await fetch(`/api/cce/v3/projects/${session.projectId}/clusters`)).json()) as { items: { metadata: { uid: string; name: string } }[] };
    const cluster = clusters.items.find((item) => item.metadata.name === 'prod-payments')!.metadata.uid;
    // The submit route itself: the CCE proxy forwards no submit for anyone (405).
    const response = await fetch(`/api/clusters/${cluster}/upgrade`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ request }),
    });
    return { status: response.status, body: (await response.json()) as { code: string; message: string } };
  }, body);
  expect(answer).toEqual({ status: 403, body: expect.objectContaining({ code: 'BFF.FORBIDDEN_ROLE', message: expect.stringMatching(/needs the operator role/) }) });
  expect(await simulator.received('upgradeCluster')).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test('an expired session is sent back to sign in, and returns where it was', async ({ page }) => {
  const shortSession = `http://127.0.0.1:${SHORT_SESSION_BFF_PORT}`;
  await page.goto(`${shortSession}/`);
  await signInAtProvider(page, 'operator');
  await expect(page.getByRole('radio', { name: 'prod-payments' })).toBeVisible();
  // Let the BFF session lapse; the provider's own session lives on, as in any single sign-on.
  await page.waitForTimeout((SHORT_SESSION_SECONDS + 1) * 1000);
  const backToSignIn = page.waitForRequest((request) => request.url().startsWith(`${shortSession}/api/auth/login?returnTo=%2Fplan%2F`));
  await page.getByRole('radio', { name: 'prod-payments' }).check();
  await clickNext(page);
  // The wizard's step is in the address: the sign-in returns to that step, whichever one noticed the lapsed session.
  const returnTo = new URL((await backToSignIn).url()).searchParams.get('returnTo');
  await expect(page).toHaveURL(`${shortSession}${returnTo}`);
  await expect(page.getByRole('banner')).toContainText('Signed in as Olga Operator (operator)');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a cluster upgrade' })).toBeVisible();
});
