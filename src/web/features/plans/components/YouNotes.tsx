import { Box } from '@mui/material';

/** The BFF's reasons, in its words, why an action is not offered to the caller. */
export function YouNotes({ notes, label }: { notes: readonly string[]; label: string }) {
  if (notes.length === 0) return null;
  return (
    <Box component="ul" aria-label={label} sx={{ pl: 3 }}>
      {notes.map((note) => <li key={note}>{note}</li>)}
    </Box>
  );
}
