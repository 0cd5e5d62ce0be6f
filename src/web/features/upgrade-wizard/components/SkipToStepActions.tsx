import { Link } from '@mui/material';
import type { MouseEvent } from 'react';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { useT } from '../../../i18n/i18n';

/** Marks a control as one of the step's main actions; the first enabled one in the page is where the skip link goes. */
export const stepAction = { 'data-step-action': '' } as const;

/**
 * A skip link for keyboard users, just before the step's heading: one key from the heading (Shift+Tab) and one more
 * past everything the step shows (pools, timeline, waves) to what moves the plan on — the pre-upgrade check while it
 * is needed, else Next or Submit. Hidden until it has focus.
 */
export function SkipToStepActions() {
  const t = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = [...document.querySelectorAll<HTMLElement>('[data-step-action]')].find((candidate) => !candidate.matches(':disabled'));
    target?.focus();
  };
  return (
    <Link href="#wizard-step-actions" onClick={skip} sx={{ '&:not(:focus)': visuallyHidden, display: 'inline-block', mb: 1 }}>
      {t('wizard.skipToActions')}
    </Link>
  );
}
