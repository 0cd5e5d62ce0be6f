import { Box } from '@mui/material';

/**
 * A polite, visually hidden status message: tells screen-reader users what a button just did when the
 * change itself (an item moving in a list) is only visible.
 */
export function LiveStatus({ label, message }: { label: string; message: string }) {
  return (
    <Box
      role="status"
      aria-label={label}
      sx={{ position: 'absolute', width: '1px', height: '1px', p: 0, m: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }}
    >
      {message}
    </Box>
  );
}
