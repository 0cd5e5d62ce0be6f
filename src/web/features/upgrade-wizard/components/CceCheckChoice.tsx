import { FormControlLabel, FormHelperText, Stack, Switch } from '@mui/material';
import { useContext, useId } from 'react';
import { useSafeSubmitState } from '../safe-submit-state';
import { SubmitBlockersContext } from '../upgrade-request';
import { useT } from '../../../i18n/parts/wizard';

/**
 * The request's isOnlyUpgrade, as the user's choice (reference §7.2: true skips CCE's built-in pre-upgrade check). It
 * can be on only while nothing blocks submit, that is while the planner's own check has just passed.
 */
export function CceCheckChoice() {
  const t = useT();
  const { state, update } = useSafeSubmitState();
  const passed = useContext(SubmitBlockersContext).length === 0;
  const helpId = useId();
  const on = passed && state.skipCceCheck;
  const help = t(!passed ? 'wizard.cceCheck.blocked' : on ? 'wizard.cceCheck.on' : 'wizard.cceCheck.off');
  return (
    <Stack>
      <FormControlLabel
        control={
          <Switch
            checked={on}
            disabled={!passed}
            onChange={(event) => update({ skipCceCheck: event.target.checked })}
            slotProps={{ input: { 'aria-describedby': helpId } }}
          />
        }
        label={t('wizard.cceCheck.label')}
      />
      <FormHelperText id={helpId} sx={{ mt: 0 }}>{help}</FormHelperText>
    </Stack>
  );
}
