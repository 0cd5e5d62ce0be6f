import { Box } from '@mui/material';
import { visuallyHidden } from '../lib/visually-hidden';

/**
 * A polite, visually hidden status message: tells screen-reader users what a button just did when the
 * change itself (an item moving in a list) is only visible.
 */
export function LiveStatus({ label, message }: { label: string; message: string }) {
  return (
    <Box
      role="status"
      aria-label={label}
      sx={visuallyHidden}
    >
      {message}
    </Box>
  );
}
