// The plan pages' addresses, here so the feature links to itself; app/routes.ts matches the same shapes.
export const plansPath = '/plans';
export const planPath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
export const planRevisionPath = (planId: string, revision: number) => `${planPath(planId)}/revisions/${revision}`;
export const planEditPath = (planId: string, revision: number) => `${planRevisionPath(planId, revision)}/edit`;
