import type { OperationHandlers } from '../operations';
import { addonHandlers } from './addons';
import type { CheckHandlerOptions } from './check-tasks';
import { checkHandlers } from './check-tasks';
import { clusterHandlers } from './clusters';
import { inventoryHandlers } from './inventory';
import type { UpgradeHandlerOptions } from './upgrade';
import { upgradeHandlers } from './upgrade';

export type HandlerOptions = UpgradeHandlerOptions & CheckHandlerOptions;

/** Every allow-listed operation needs a handler: the Record type makes a forgotten one a compile error. */
export function createHandlers(options: HandlerOptions): OperationHandlers {
  return {
    ...clusterHandlers(options.store),
    ...inventoryHandlers(options.store),
    ...addonHandlers(options.store),
    ...upgradeHandlers(options),
    ...checkHandlers(options),
  };
}
