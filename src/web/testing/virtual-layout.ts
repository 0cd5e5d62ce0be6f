import { vi } from 'vitest';

/**
 * jsdom lays nothing out, so a virtualized list would see a 0 px viewport and 0 px items. This gives every
 * scrollable region `viewport` px of height and every measured item `item` px, as @tanstack/virtual's
 * maintainers suggest for tests; scrollTo() moves a region and tells the virtualizer, and so does the
 * element.scrollTo() jsdom lacks (the virtualizer calls it to bring an item into view).
 */
export function mockVirtualLayout({ viewport = 480, item = 100 } = {}) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.getAttribute('role') === 'region' ? viewport : 0;
  });
  // Whatever the virtualizer asks to scroll to is reachable; its own clamping is not under test.
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.getAttribute('role') === 'region' ? 1_000_000 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute('data-index') ? item : 0;
  });
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
    configurable: true,
    value(this: HTMLElement, options: ScrollToOptions) {
      scrollTo(this, options.top ?? 0);
    },
  });
}

export function scrollTo(region: HTMLElement, top: number) {
  Object.defineProperty(region, 'scrollTop', { configurable: true, value: top });
  region.dispatchEvent(new Event('scroll'));
}
