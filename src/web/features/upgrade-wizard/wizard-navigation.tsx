import { Link, type LinkProps } from '@mui/material';
import { createContext, useContext, type MouseEvent } from 'react';
import type { StepId } from './step-paths';

/** How a step's content sends the user to another step: a history entry like Next and Back, and the plan is kept. */
export interface WizardNavigation {
  hrefFor: (id: StepId) => string;
  goToStep: (id: StepId) => void;
}

export const WizardNavigationContext = createContext<WizardNavigation | null>(null);

/**
 * A link to a wizard step: an ordinary link (its address can be copied or opened in a new tab, where the draft resumes)
 * that moves the wizard on a plain click. Outside a wizard (a saved plan's page) it renders its text only.
 */
export function StepLink({ step, children, ...props }: Omit<LinkProps, 'href' | 'onClick'> & { step: StepId }) {
  const navigation = useContext(WizardNavigationContext);
  if (!navigation) return <>{children}</>;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigation.goToStep(step);
  };
  return (
    <Link href={navigation.hrefFor(step)} onClick={onClick} {...props}>
      {children}
    </Link>
  );
}
