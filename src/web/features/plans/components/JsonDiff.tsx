import { Box } from '@mui/material';
import type { DiffLine } from '../line-diff';

const marks = { same: '  ', added: '+ ', removed: '- ' };
const styles = { same: {}, added: { bgcolor: '#e6f4ea', color: 'success.dark', textDecoration: 'none' }, removed: { bgcolor: '#fdecea', color: 'error.dark', textDecoration: 'none' } };
const tags = { same: 'span', added: 'ins', removed: 'del' } as const;

/** Line by line, with ins/del so the additions and removals are announced as such, not only coloured. */
export function JsonDiff({ lines, label }: { lines: readonly DiffLine[]; label: string }) {
  return (
    <Box
      component="pre"
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{ maxHeight: 360, overflow: 'auto', p: 1, m: 0, border: 1, borderColor: 'grey.400', borderRadius: 1, fontSize: '0.8125rem' }}
    >
      {lines.map((line, index) => (
        <Box key={index} component={tags[line.kind]} sx={{ display: 'block', ...styles[line.kind] }}>
          {marks[line.kind]}
          {line.text}
        </Box>
      ))}
    </Box>
  );
}
