import { Box, Button, LinearProgress, Stack, Step, StepButton, Stepper, Typography, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { lazy, Suspense, useId, useState } from 'react';
import { RouterLink } from '../../../components/RouterLink';
import { planImportPath } from '../../../lib/cluster-paths';
import type { ReviseLink } from '../draft-storage';
import { steps } from '../steps';
import { RevisingNote } from './RevisingNote';
import { useT } from '../../../i18n/i18n';

const StepMenu = lazy(() => import('./StepMenu').then((m) => ({ default: m.StepMenu })));

interface WizardHeaderProps {
  active: number;
  /** The furthest step reached: steps up to it may be opened from the stepper, later ones not yet. */
  furthest: number;
  revise: ReviseLink | null;
  onStep: (index: number) => void;
}

/** The page title, what a revision being edited becomes, and where the wizard stands. */
export function WizardHeader({ active, furthest, revise, onStep }: WizardHeaderProps) {
  // Seven labelled steps do not fit a phone: below sm the stepper is a progress bar and a menu of the steps reached.
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const t = useT();
  return (
    <>
      <Typography variant="h1" gutterBottom>{t('page.wizard')}</Typography>
      {revise && <RevisingNote revise={revise} />}
      {active === 0 && (
        <Typography>
          {t('wizard.importPrompt')} <RouterLink href={planImportPath}>{t('page.planImport')}</RouterLink>
        </Typography>
      )}
      <Box component="nav" aria-label={t('wizard.steps')} sx={{ my: 3 }}>
        {compact ? (
          <CompactStepper active={active} furthest={furthest} onStep={onStep} />
        ) : (
          <Stepper activeStep={active} nonLinear alternativeLabel>
            {steps.map((candidate, index) => (
              // MUI makes the steps a tablist; steps not reached yet are disabled tabs, so arrow keys still pass them.
              <Step key={candidate.id} completed={index < active} disabled={index > furthest}>
                <StepButton onClick={() => onStep(index)} aria-current={index === active ? 'step' : undefined}>
                  {t(candidate.label)}
                </StepButton>
              </Step>
            ))}
          </Stepper>
        )}
      </Box>
    </>
  );
}

function CompactStepper({ active, furthest, onStep }: Omit<WizardHeaderProps, 'revise'>) {
  const t = useT();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const step = steps[active]!;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="body2">{t('wizard.stepOfNamed', { step: active + 1, total: steps.length, name: t(step.label) })}</Typography>
        <Button
          size="small"
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
          sx={{ minHeight: 44, flexShrink: 0 }}
        >
          {t('wizard.allSteps')}
        </Button>
      </Stack>
      <LinearProgress variant="determinate" value={((active + 1) / steps.length) * 100} aria-label={t('wizard.stepOf', { step: active + 1, total: steps.length })} />
      <Suspense fallback={null}>
        {anchor && <StepMenu id={menuId} anchor={anchor} active={active} furthest={furthest} onClose={close} onStep={onStep} />}
      </Suspense>
    </Stack>
  );
}
