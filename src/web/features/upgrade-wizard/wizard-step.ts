import type { ComponentType } from 'react';
import type { Plan } from '../../../shared/plan';
import type { StepId } from './step-paths';

export interface StepProps {
  projectId: string;
}

/** One wizard step: the Stepper, Next/Back and per-step validation are all derived from a list of these. */
export interface WizardStep {
  id: StepId;
  label: string;
  /** Validated with trigger() before leaving the step. */
  fields: (keyof Plan)[];
  Component: ComponentType<StepProps>;
}
