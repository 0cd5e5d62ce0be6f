import { ApiError } from './api-client';

/** Waited on a 429 that did not say how long: a throttled CCE needs more than the usual back-off. */
export const DEFAULT_THROTTLE_SECONDS = 10;
const MAX_READ_ATTEMPTS = 3;

/** Seconds to wait before asking again when CCE throttled the call; undefined when it did not. */
export function throttleSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.status !== 429) return undefined;
  return error.retryAfterSeconds ?? DEFAULT_THROTTLE_SECONDS;
}

/** Only failures that may pass are retried (CCE or the network hiccuped); a 4xx will answer the same again. */
export function retryTransient(failureCount: number, error: unknown): boolean {
  const transient = !(error instanceof ApiError) || error.status >= 500 || error.status === 429;
  return transient && failureCount < MAX_READ_ATTEMPTS - 1;
}

/** A throttled read waits as long as CCE asked; anything else backs off exponentially (TanStack Query's default). */
export function retryDelay(failureCount: number, error: unknown): number {
  const throttled = throttleSeconds(error);
  return throttled === undefined ? Math.min(1000 * 2 ** failureCount, 30_000) : throttled * 1000;
}
