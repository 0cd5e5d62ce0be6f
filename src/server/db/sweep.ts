/** How often a replica clears out rows whose time has passed. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Deleting expired rows on every write would cost a scan per request; never deleting them lets the tables grow with
 * every sign-in and every caller ever seen. So each replica sweeps at most once a minute (by the injected clock), on a
 * write: no timer to clear on close, and an idle replica costs nothing. Expiry never depends on the sweep: every read
 * checks `expires_at` itself.
 */
export function sweeper(now: () => number, sweep: (now: Date) => Promise<unknown>): () => Promise<void> {
  let next = Number.NEGATIVE_INFINITY;
  return async () => {
    const at = now();
    if (at < next) return;
    next = at + SWEEP_EVERY_MS;
    await sweep(new Date(at));
  };
}
