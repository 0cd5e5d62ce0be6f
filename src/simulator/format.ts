/** CCE renders timestamps Go-style: "2025-01-15 08:30:00.123456 +0000 UTC". */
export function cceTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000 +0000 UTC`;
}

/** Fixed origin for seeded timestamps so the demo fleet does not depend on when it was built. */
export const SEED_EPOCH = Date.UTC(2025, 0, 15, 8, 30);

export const DAY_MS = 86_400_000;
