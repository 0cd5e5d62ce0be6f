import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { planHandlers } from './plan-handlers';

// Plan handlers first: their submit route answers for the plan's cluster before the general one.
export const server = setupServer(...planHandlers, ...handlers);
