import { z } from 'zod/mini';
import { clusterIdSchema } from '../../shared/ids';
import { upgradeRequestSchema, type UpgradeRequest } from '../../shared/upgrade-request';
import { readStored } from './stored';

const PREFIX = 'cce-upgrade-planner:submitted:';
// Enough for every recent task a person might reopen; older ones only lose their per-node view.
const KEEP = 20;

export interface SubmittedPlan {
  clusterId: string;
  /** The exact text that was posted. */
  body: string;
  request: UpgradeRequest;
}

// The text must still be an UpgradeCluster body the shared schema accepts; it is parsed once, here.
const storedSchema = z.pipe(
  z.object({ clusterId: clusterIdSchema, body: z.string(), savedAt: z.number() }),
  z.transform((stored, ctx) => {
    const request = upgradeRequestSchema.safeParse(parseJson(stored.body));
    if (!request.success) {
      ctx.issues.push({ code: 'custom', input: stored, message: 'not an UpgradeCluster body' });
      return z.NEVER;
    }
    return { ...stored, request: request.data };
  }),
);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const read = (key: string) => readStored(localStorage, key, storedSchema);

/** Drops the oldest plans beyond KEEP; the one just saved always stays, even when clocks tie. */
function prune(kept: string): void {
  const others = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX) && key !== kept);
  if (others.length < KEEP) return;
  const byAge = others.map((key) => ({ key, savedAt: read(key)?.savedAt ?? 0 })).sort((a, b) => b.savedAt - a.savedAt);
  for (const { key } of byAge.slice(KEEP - 1)) localStorage.removeItem(key);
}

/**
 * Remembers what was submitted for a task: the wizard clears its draft on submit, and the task view needs the
 * plan to predict waves, also after a reload. localStorage, not sessionStorage, so a new tab of the task keeps it.
 */
export function saveSubmittedPlan(taskId: string, plan: { clusterId: string; body: string }): void {
  try {
    localStorage.setItem(PREFIX + taskId, JSON.stringify({ ...plan, savedAt: Date.now() }));
    prune(PREFIX + taskId);
  } catch {
    // Storage full or disabled: the task view then explains that per-node prediction is unavailable.
  }
}

/** The plan submitted for this task on this cluster, or null when this browser has none that still parses. */
export function loadSubmittedPlan(taskId: string, clusterId: string): SubmittedPlan | null {
  const stored = read(PREFIX + taskId);
  return stored && stored.clusterId === clusterId ? { clusterId, body: stored.body, request: stored.request } : null;
}
