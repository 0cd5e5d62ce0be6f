import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { expect, type Page } from '@playwright/test';
import { clickNext, passPreCheck } from '../review-page';

// A 2-core machine runs the BFF, the simulator, the provider and Chromium at once: answers may take a while.
const SLOW = { timeout: 30_000 };

/** What GET /api/plans/:id/revisions/:n answers that these journeys compare with what CCE received. */
export interface RevisionText {
  revision: number;
  request: string;
  bodySha256: string;
}

/** The SHA-256 the BFF binds approvals to: of the request's canonical JSON (RFC 8785), as CCE receives it. */
export const canonicalSha256 = (text: string) => createHash('sha256').update(canonicalize(JSON.parse(text) as unknown)!).digest('hex');

/** The wizard's Rollout strategy step, from the review step: back to it, a new step size, forward to the review again. */
export async function changeStepSize(page: Page, step: number) {
  await expect(page.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeVisible(SLOW);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Node step size' }).fill(String(step));
  for (const heading of ['Node pool order', 'Node batches', 'Add-ons', 'Review and submit']) {
    await clickNext(page);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
}

/** Runs the pre-check, saves the plan for review and waits for its page; answers the page's address. */
export async function saveForReview(page: Page, revision: number): Promise<string> {
  await passPreCheck(page);
  await expect(page.getByRole('button', { name: 'Submit upgrade' })).toHaveCount(0);
  await expect(page.getByText(/This planner needs 1 approval from another operator before a plan is submitted/)).toBeVisible();
  await page.getByRole('button', { name: 'Save for review' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/[^/]+/revisions/${revision}$`), SLOW);
  await expect(page.getByRole('navigation', { name: 'Revisions' }).getByRole('link', { name: `Revision ${revision}`, exact: true })).toHaveAttribute('aria-current', 'page', SLOW);
  return page.url();
}

/** The plan's id, from a plan page's address. */
export const planIdOf = (url: string) => new URL(url).pathname.split('/')[2]!;

export async function approve(page: Page, revision: number) {
  const reviews = page.getByRole('region', { name: 'Reviews' });
  await expect(reviews).toContainText(`Revision ${revision}: 0 of 1 approval`, SLOW);
  await reviews.getByRole('button', { name: 'Approve' }).click();
  await expect(reviews.getByRole('status')).toHaveText(`You approved revision ${revision}.`, SLOW);
  await expect(reviews).toContainText(`Revision ${revision}: 1 of 1 approval`, SLOW);
}

/** Submit upgrade on an approved plan's page, through its confirmation, to the task page. */
export async function submitApproved(page: Page, clusterName: string) {
  await page.getByRole('region', { name: 'Submit' }).getByRole('button', { name: 'Submit upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: `Start the upgrade of ${clusterName}?` });
  await expect(dialog).toContainText('1 approval');
  await dialog.getByRole('button', { name: 'Start the upgrade' }).click();
}

export async function expectTaskPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade task' })).toBeVisible(SLOW);
  await expect(page).toHaveURL(/\/clusters\/[^/]+\/tasks\/[^/]+$/);
}

/** The revision as the BFF stores it, read with the page's own session. */
export async function revisionText(page: Page, url: string, revision: number): Promise<RevisionText> {
  const response = await page.request.get(`/api/plans/${planIdOf(url)}/revisions/${revision}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as RevisionText;
}
