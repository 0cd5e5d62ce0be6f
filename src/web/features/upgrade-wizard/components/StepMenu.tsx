import { ListItemText, Menu, MenuItem } from '@mui/material';
import { steps } from '../steps';
import { useT } from '../../../i18n/i18n';

interface StepMenuProps {
  id: string;
  anchor: HTMLElement;
  active: number;
  furthest: number;
  onClose: () => void;
  onStep: (index: number) => void;
}

/** The phone stepper's list of steps, those reached so far to open. Loaded when first opened: MUI's Menu is no part of the first screen. */
export function StepMenu({ id, anchor, active, furthest, onClose, onStep }: StepMenuProps) {
  const t = useT();
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {steps.map((candidate, index) => (
        <MenuItem
          key={candidate.id}
          disabled={index > furthest}
          selected={index === active}
          aria-current={index === active ? 'step' : undefined}
          onClick={() => {
            onClose();
            onStep(index);
          }}
          sx={{ minHeight: 44 }}
        >
          <ListItemText>{t('wizard.menuItem', { step: index + 1, name: t(candidate.label) })}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
