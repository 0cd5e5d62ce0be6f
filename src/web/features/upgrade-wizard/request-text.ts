import { serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../../../shared/plan';

/** The one place the body text is made: the review shows it and the submit posts it. */
export const requestText = (plan: Plan): string => serializeUpgradeRequest(toUpgradeRequest(plan));
