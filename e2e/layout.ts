import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A page that scrolls sideways is reported and the journey goes on, so one run names every page that does.
const soft = expect.configure({ soft: true });

/**
 * The page does not scroll sideways: nothing is wider than the window. On failure the message names the elements that
 * reach past the right edge, innermost first, which is where a fix belongs.
 */
export async function expectNoSideScroll(page: Page, where: string) {
  // A phone's browser widens its layout viewport (and innerWidth) to a page too wide for it, then zooms out: measure
  // against the screen's width in CSS px, which is innerWidth on a desktop.
  const { width: screenWidth } = page.viewportSize()!;
  // Layout settles after fonts, lazy chunks and queries: poll rather than measure once.
  await soft
    .poll(
      () =>
        page.evaluate((screenWidth) => {
          const width = Math.min(window.innerWidth, screenWidth);
          const scroll = document.documentElement.scrollWidth;
          if (scroll <= width) return 'fits';
          const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
            .filter((element) => element.getBoundingClientRect().right > width + 0.5)
            .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5))
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`);
          return `scrollWidth ${scroll} > innerWidth ${width}: ${wide.join(', ')}`;
        }, screenWidth),
      { message: `${where}: no horizontal scroll`, timeout: 10_000 },
    )
    .toBe('fits');
}


/**
 * No text is cut off: no element that clips its overflow (overflow hidden or clip, an ellipsis) holds text wider than
 * itself. Scrolling boxes (the request JSON) are meant to scroll and are not counted. A screenshot of the page is attached
 * to the report, so a person can see what the check saw.
 */
export async function expectNothingCutOff(page: Page, where: string) {
  await soft
    .poll(
      () =>
        page.evaluate(() =>
          [...document.body.querySelectorAll<HTMLElement>('*')]
            .filter((element) => {
              const style = getComputedStyle(element);
              if (!['hidden', 'clip'].includes(style.overflowX) || style.display === 'none' || style.visibility === 'hidden') return false;
              const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
              return text && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 2; // visually hidden text (1 px, clipped) is for screen readers
            })
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()} "${element.textContent!.trim().slice(0, 40)}" (${element.scrollWidth} > ${element.clientWidth} px)`),
        ),
      { message: `${where}: no text cut off`, timeout: 10_000 },
    )
    .toEqual([]);
  await test.info().attach(where, { body: await page.screenshot({ fullPage: true, scale: 'css' }), contentType: 'image/png' });
}

const TOUCH = 44;

/** At least 44 × 44 CSS px, what a fingertip needs. */
export async function expectTouchTarget(target: Locator, what: string) {
  const box = await target.boundingBox();
  expect(box, `${what} is on the page`).not.toBeNull();
  expect(box!.height, `${what}: height`).toBeGreaterThanOrEqual(TOUCH);
  expect(box!.width, `${what}: width`).toBeGreaterThanOrEqual(TOUCH);
}
