import { Button } from '@mui/material';
import { stepAction } from './SkipToStepActions';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { LiveStatus } from '../../../components/LiveStatus';
import { useUpgradeRequest, type UpgradeRequestView } from '../upgrade-request';

interface RequestActionButtonProps {
  label: string;
  /** Said to screen readers while the action runs, e.g. "Saving the plan for review…". */
  busyMessage: string;
  /** The page's main action, or an option beside it. */
  primary: boolean;
  busy: boolean;
  disabled: boolean;
  onAction: (request: UpgradeRequestView) => Promise<void>;
  onInvalid: (errors: object) => void;
}

/** Acts on exactly the request the review shows (saves it, exports it), once every step's fields are valid. */
export function RequestActionButton({ label, busyMessage, primary, busy, disabled, onAction, onInvalid }: RequestActionButtonProps) {
  const request = useUpgradeRequest();
  const { handleSubmit } = useFormContext<Plan>();
  return (
    <>
      <Button
        variant={primary ? 'contained' : 'outlined'}
        loading={busy}
        loadingPosition="start"
        disabled={disabled}
        onClick={() => void handleSubmit(() => onAction(request), onInvalid)()}
        {...(primary ? stepAction : {})}
      >
        {label}
      </Button>
      <LiveStatus label={label} message={busy ? busyMessage : ''} />
    </>
  );
}
