// The wizard's addresses, apart from its steps' components so app/routes.ts can tell a step from a typo without
// loading any step.

/** The steps' slugs, in order; steps.ts gives each its label, fields and component. */
export const stepIds = ['cluster', 'version', 'strategy', 'pool-order', 'node-batches', 'addons', 'review'] as const;
export type StepId = (typeof stepIds)[number];

export const isStepId = (text: string | undefined): text is StepId => (stepIds as readonly string[]).includes(text ?? '');

/**
 * Where a new plan's steps live: `/plan/strategy` and so on. `/` opens the wizard where its draft stands and is then
 * replaced by that step's address; a revision being edited puts its steps under its own edit address the same way.
 */
export const newPlanBase = '/plan';

export const stepPath = (base: string, id: StepId) => `${base}/${id}`;

/** The step an address names under this base: null when it names none (the base itself, or `/`), so the draft decides. */
export function stepInPath(base: string, pathname: string): StepId | null {
  const prefix = `${base}/`;
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length).replace(/\/+$/, '');
  return isStepId(rest) ? rest : null;
}
