import { chromium, expect, type Locator, type Page } from '@playwright/test';
import { timelineRenders } from './timeline-render';

declare global {
  interface Window {
    /** Set by `arm`: resolves with ms from the next keydown to the frame after `target` changes. */
    nextUpdate?: Promise<number>;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Watches `target` from inside the page: the clock starts at the next keydown's timestamp (when the browser created
 * the event, so the driver's round trip is not counted) and stops at the animation frame after React changed `target`.
 */
async function arm(target: Locator) {
  await target.evaluate((element) => {
    window.nextUpdate = new Promise<number>((resolve) => {
      let started = NaN;
      document.addEventListener('keydown', (event) => void (started = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      });
      observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  });
}

async function timeKey(page: Page, target: Locator, key: string): Promise<number> {
  await arm(target);
  await page.keyboard.press(key);
  return page.evaluate(() => window.nextUpdate!);
}

async function toPoolOrderStep(page: Page, cluster: string) {
  await page.getByRole('radio', { name: cluster }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Node pool order' })).toBeVisible();
}

/** Keyboard reorders of the first of three ordered pools (down, then back up): keydown → the ordered list redrawn. */
async function poolReorders(page: Page, samples: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Order / }).first().click();
  const ordered = page.getByRole('list', { name: 'Upgrade first, in this order' });
  await expect(ordered.getByRole('listitem')).toHaveCount(3);
  const pool = ((await ordered.getByRole('listitem').first().getByRole('button', { name: /^Reorder pool / }).getAttribute('aria-label')) ?? '').replace('Reorder pool ', '');
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await page.getByRole('button', { name: `Move ${i % 2 === 0 ? 'down' : 'up'} ${pool}`, exact: true }).focus();
    times.push(await timeKey(page, ordered, 'Enter'));
  }
  return times;
}

/** Keystrokes in a batch's label key (an "exists" selector): each one flips the pool between all and no nodes matched. */
async function selectorKeystrokes(page: Page, samples: number): Promise<number[]> {
  const poolButton = page.getByRole('button', { name: / · \d+ nodes/ }).first();
  const poolName = ((await poolButton.textContent()) ?? '').split(' · ')[0]!.trim();
  await poolButton.click();
  await page.getByRole('button', { name: `Add batch to ${poolName}` }).click();
  const where = `batch 1 in ${poolName}`;
  await page.getByLabel(`Operator for ${where}`).selectOption('exists');
  const key = page.getByRole('combobox', { name: `Label key for ${where}` });
  await key.click();
  await key.fill('kubernetes.io/arch');
  await key.press('Escape');
  const status = page.getByRole('status', { name: `Nodes matched by ${where}` });
  await expect(status).toHaveText(/Matches (\d+) of \1 nodes/);
  const times: number[] = [];
  // In pairs, so the key ends whole again and the last check proves every keystroke landed.
  for (let i = 0; i < samples + (samples % 2); i++) times.push(await timeKey(page, status, i % 2 === 0 ? 'Backspace' : 'h'));
  await expect(status).toHaveText(/Matches (\d+) of \1 nodes/);
  return times.slice(0, samples);
}

/**
 * UI response times on the 2,000-node demo cluster in Chromium, medians of `samples` after `warmUp` unrecorded ones.
 * The timeline figure needs the rollout timeline mounted in the review step (`TIMELINE_BAR`).
 */
export async function uiTimings({ baseUrl, samples = 21, warmUp = 4 }: { baseUrl: string; samples?: number; warmUp?: number }) {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await toPoolOrderStep(page, 'big-analytics');
    const reorder = (await poolReorders(page, warmUp + samples)).slice(warmUp);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Node batches' })).toBeVisible();
    const keystroke = (await selectorKeystrokes(page, warmUp + samples)).slice(warmUp);
    await page.getByRole('button', { name: 'Next' }).click();
    // big-analytics: 2,000 nodes in 40 pools, about 240 waves at the default step.
    const timeline = (await timelineRenders(page, warmUp + samples)).slice(warmUp);
    return { previewUpdateMedian: median(keystroke), poolReorderMedian: median(reorder), timelineRenderMedian: median(timeline), samples };
  } finally {
    await browser.close();
  }
}
