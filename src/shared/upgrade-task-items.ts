import { z } from 'zod/mini';
import type { UpgradeTask } from './cce-responses';

// CCE publishes no schema for an upgrade task's spec.items (reference §8.1). These are the fields the simulator fills
// in and the task view reads; each is optional and a malformed one is dropped alone, so real CCE's extras never break the view.
const count = z.catch(z.optional(z.int().check(z.nonnegative())), undefined);

export const upgradeTaskItemsSchema = z.looseObject({
  /** Init | Master | Nodes | Addons | Done. */
  stage: z.catch(z.optional(z.string()), undefined),
  /** 1-based, as the planner's preview numbers waves; 0 while no wave is upgrading. */
  currentWave: count,
  totalWaves: count,
  /** The wave a Failed task stopped in. */
  failedWave: count,
  totalNodes: count,
  upgradedNodes: count,
  upgradingNodes: count,
  /** The add-ons the task patches, with the version each goes to. */
  addons: z.catch(z.optional(z.array(z.looseObject({ addonTemplateName: z.string(), version: z.optional(z.string()) }))), undefined),
});
export type UpgradeTaskItems = z.infer<typeof upgradeTaskItemsSchema>;

/** The task's attached information as far as it has the known shape; {} when it has none. */
export function upgradeTaskItems(task: UpgradeTask): UpgradeTaskItems {
  const parsed = upgradeTaskItemsSchema.safeParse(task.spec.items ?? {});
  return parsed.success ? parsed.data : {};
}
