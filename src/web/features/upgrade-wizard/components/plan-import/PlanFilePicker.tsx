import { Box, Button, Typography } from '@mui/material';
import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { PLAN_FILE_SUFFIX } from '../../../../../shared/plan-file';
import { Trans, useT } from '../../../../i18n/parts/plan-import';
import { visuallyHidden } from '../../../../lib/visually-hidden';

// Hidden from sight, not from keyboards or screen readers: the input keeps its focus, its label and its native dialog.

/**
 * A drop zone around a real file input: the input is the one keyboard stop (Tab to it, Enter or Space opens the
 * system's file dialog) and its label is the visible button, so dropping is a shortcut and never the only way.
 */
export function PlanFilePicker({ onFile }: { onFile: (file: File) => void }) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after fixing it on disk) is still a change.
    event.target.value = '';
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Box
      data-testid="plan-file-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        position: 'relative',
        p: 4,
        textAlign: 'center',
        border: 2,
        borderStyle: 'dashed',
        borderRadius: 2,
        borderColor: over ? 'primary.main' : 'grey.500',
        bgcolor: over ? 'action.hover' : 'transparent',
        '&:focus-within': { outline: 3, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Box component="input" id={inputId} type="file" accept={`${PLAN_FILE_SUFFIX},.json,application/json`} aria-describedby={hintId} onChange={onChange} sx={visuallyHidden} />
      <Button component="label" htmlFor={inputId} role={undefined} variant="contained" tabIndex={-1}>
        {t('plan-import.picker.choose')}
      </Button>
      <Typography id={hintId} sx={{ mt: 2 }}>
        <Trans id="plan-import.picker.hint" values={{ suffix: PLAN_FILE_SUFFIX }} components={{ 0: <code /> }} />
      </Typography>
    </Box>
  );
}
