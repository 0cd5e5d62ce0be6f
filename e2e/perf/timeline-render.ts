import { expect, type Page } from '@playwright/test';

/** The first bar of the rollout timeline: drawn once the review's chart has its data. */
export const TIMELINE_BAR = '[data-testid="rollout-timeline"] svg[role="group"] [data-bar]';

declare global {
  interface Window {
    /** Set by `armFirstBar`: resolves with ms from the next click to the frame after the timeline's first bar appears. */
    timelineDrawn?: Promise<number>;
  }
}

/**
 * From inside the page: the clock starts at the next click's timestamp (so the driver's round trip is not counted)
 * and stops at the animation frame after the first bar is in the DOM, that is when the browser can paint it.
 */
async function armFirstBar(page: Page) {
  await page.evaluate((selector) => {
    window.timelineDrawn = new Promise<number>((resolve) => {
      let started = NaN;
      document.addEventListener('click', (event) => void (started = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  }, TIMELINE_BAR);
}

/**
 * From the add-ons step into the review and back, `samples` times: each time, Next → the timeline's first bar drawn.
 * The first entry also fetches the chart's lazy chunk; callers drop it with their warm-up.
 */
export async function timelineRenders(page: Page, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await expect(page.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeVisible();
    await armFirstBar(page);
    await page.getByRole('button', { name: 'Next' }).click();
    times.push(await page.evaluate(() => window.timelineDrawn!));
    await expect(page.locator(TIMELINE_BAR).first()).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
  }
  return times;
}
