import { useLayoutEffect, useState, type RefObject } from 'react';

// Until the first measurement (and where nothing lays out, as in jsdom): a common content width.
const FALLBACK = 640;

/** The element's content width, kept current as the page resizes, so the chart fits its column at any width. */
export function useContainerWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
