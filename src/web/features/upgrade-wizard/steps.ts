import { lazy } from 'react';
import { ClusterStep } from './components/ClusterStep';
import type { StepId } from './step-paths';
import type { WizardStep } from './wizard-step';

// The first screen is the cluster choice alone: the later steps load on demand, and are fetched while the user chooses
// (see preloadSteps), so Next does not wait for them.
const loadVersionStep = () => import('./components/VersionStep');
const loadStrategyStep = () => import('./components/StrategyStep');
const VersionStep = lazy(() => loadVersionStep().then((m) => ({ default: m.VersionStep })));
const StrategyStep = lazy(() => loadStrategyStep().then((m) => ({ default: m.StrategyStep })));
// The ordering steps bring dnd-kit and MUI's Autocomplete: fetched only when the user reaches them.
const NodePoolOrderStep = lazy(() => import('./components/pool-order/NodePoolOrderStep').then((m) => ({ default: m.NodePoolOrderStep })));
const NodeBatchesStep = lazy(() => import('./components/node-batches/NodeBatchesStep').then((m) => ({ default: m.NodeBatchesStep })));
// The review brings the preview, the request text, the submit panel and their dialogs: fetched when the plan is ready.
const ReviewStep = lazy(() => import('./components/ReviewStep').then((m) => ({ default: m.ReviewStep })));
const AddonsStep = lazy(() => import('./components/addons/lazy-entry').then((m) => ({ default: m.AddonsStep })));

/** The wizard, as data: add a step here and the Stepper, navigation and validation follow. The last step submits. */
export const steps: WizardStep[] = [
  { id: 'cluster', label: 'step.cluster', fields: ['clusterId'], Component: ClusterStep },
  { id: 'version', label: 'step.version', fields: ['targetVersion'], Component: VersionStep },
  { id: 'strategy', label: 'step.strategy', fields: ['userDefinedStep', 'scope'], Component: StrategyStep },
  { id: 'pool-order', label: 'step.poolOrder', fields: ['nodePoolOrder'], Component: NodePoolOrderStep },
  { id: 'node-batches', label: 'step.nodeBatches', fields: ['nodeOrder'], Component: NodeBatchesStep },
  { id: 'addons', label: 'step.addons', fields: ['addons'], Component: AddonsStep },
  { id: 'review', label: 'step.review', fields: [], Component: ReviewStep },
];

export const stepIndex = (id: StepId) => steps.findIndex((step) => step.id === id);

/**
 * Fetches the next steps' code once the first screen is up and the browser is idle, so Next shows the version step
 * without a wait. The heavier later steps still load when reached.
 */
export function preloadNextSteps(): () => void {
  const load = () => void Promise.all([loadVersionStep(), loadStrategyStep()]).catch(() => {});
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(load, 500);
  return () => clearTimeout(timer);
}

/** Where a restored draft may resume: its step, or the first earlier step whose fields are not yet valid. */
export function resumeIndex(stepId: StepId | string, isValid: (field: WizardStep['fields'][number]) => boolean): number {
  const wanted = Math.max(0, steps.findIndex((step) => step.id === stepId));
  const incomplete = steps.slice(0, wanted).findIndex((step) => !step.fields.every(isValid));
  return incomplete === -1 ? wanted : incomplete;
}
