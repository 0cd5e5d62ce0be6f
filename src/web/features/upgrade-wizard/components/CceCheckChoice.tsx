import { FormControlLabel, FormHelperText, Stack, Switch } from '@mui/material';
import { useContext, useId } from 'react';
import { useSafeSubmitState } from '../safe-submit-state';
import { SubmitBlockersContext } from '../upgrade-request';

/**
 * The request's isOnlyUpgrade, as the user's choice (reference §7.2: true skips CCE's built-in pre-upgrade check). It
 * can be on only while nothing blocks submit, that is while the planner's own check has just passed.
 */
export function CceCheckChoice() {
  const { state, update } = useSafeSubmitState();
  const passed = useContext(SubmitBlockersContext).length === 0;
  const helpId = useId();
  const on = passed && state.skipCceCheck;
  const help = !passed
    ? 'Until the planner’s pre-upgrade check passes and nothing blocks submit, the request carries "isOnlyUpgrade": false, so CCE runs its own check before it upgrades.'
    : on
      ? 'On ("isOnlyUpgrade": true): CCE skips its built-in pre-upgrade check, because the planner’s check has just passed.'
      : 'Off ("isOnlyUpgrade": false): CCE runs its own pre-upgrade check first, and starts the upgrade only if that passes too.';
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
        label="Skip CCE’s own pre-upgrade check"
      />
      <FormHelperText id={helpId} sx={{ mt: 0 }}>{help}</FormHelperText>
    </Stack>
  );
}
