import { Box, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { RouterLink } from '../../../components/RouterLink';
import { planImportPath } from '../../../lib/plan-files';
import type { ReviseLink } from '../draft-storage';
import { steps } from '../steps';
import { RevisingNote } from './RevisingNote';

/** The page title, what a revision being edited becomes, and where the wizard stands. */
export function WizardHeader({ active, revise }: { active: number; revise: ReviseLink | null }) {
  return (
    <>
      <Typography variant="h1" gutterBottom>Plan a cluster upgrade</Typography>
      {revise && <RevisingNote revise={revise} />}
      {active === 0 && (
        <Typography>
          Have a plan someone exported? <RouterLink href={planImportPath}>Open a plan file</RouterLink>
        </Typography>
      )}
      <Box component="nav" aria-label="Wizard steps" sx={{ my: 3 }}>
        <Stepper activeStep={active}>
          {steps.map((candidate, index) => (
            <Step key={candidate.id} completed={index < active} aria-current={index === active ? 'step' : undefined}>
              <StepLabel>{candidate.label}</StepLabel>
            </Step>
          ))}
        </Stepper>
      </Box>
    </>
  );
}
