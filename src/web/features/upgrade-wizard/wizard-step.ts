import type { ComponentType } from 'react';
import type { Plan } from '../../../shared/plan';
import type { MessageId } from '../../i18n/i18n';
import type { StepId } from './step-paths';

export interface StepProps {
  projectId: string;
}

/** One wizard step: the Stepper, Next/Back and per-step validation are all derived from a list of these. */
export interface WizardStep {
  id: StepId;
  /** The step's name, as a catalogue message. */
  label: MessageId;
  /** Validated with trigger() before leaving the step. */
  fields: (keyof Plan)[];
  Component: ComponentType<StepProps>;
}
