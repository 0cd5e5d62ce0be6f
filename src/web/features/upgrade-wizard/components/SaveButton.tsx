import { Button } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { LiveStatus } from '../../../components/LiveStatus';
import { useUpgradeRequest, type UpgradeRequestView } from '../upgrade-request';

interface SaveButtonProps {
  /** The page's main action (approvals are required), or an option beside Submit. */
  primary: boolean;
  saving: boolean;
  disabled: boolean;
  onSave: (request: UpgradeRequestView) => Promise<void>;
  onInvalid: (errors: object) => void;
}

/** Saves exactly the request the review shows, once every step's fields are valid. */
export function SaveButton({ primary, saving, disabled, onSave, onInvalid }: SaveButtonProps) {
  const request = useUpgradeRequest();
  const { handleSubmit } = useFormContext<Plan>();
  return (
    <>
      <Button
        variant={primary ? 'contained' : 'outlined'}
        loading={saving}
        loadingPosition="start"
        disabled={disabled}
        onClick={() => void handleSubmit(() => onSave(request), onInvalid)()}
      >
        Save for review
      </Button>
      <LiveStatus label="Saving the plan" message={saving ? 'Saving the plan for review…' : ''} />
    </>
  );
}
