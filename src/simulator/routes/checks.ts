import { CceError } from '../errors';
import type { OperationHandler } from '../operations';
import type { SimStore } from '../store';

// Placeholder until the pre-check/post-check/retry simulation lands (issue 4); answers like an account without access.
const notYet: OperationHandler = () => {
  throw new CceError(403, 'CCE.01403001', 'Forbidden: this operation is not enabled for the account yet');
};

export function checkHandlers(_store: SimStore) {
  return { createPreCheck: notYet, showPreCheck: notYet, createPostCheck: notYet, retryUpgrade: notYet };
}
