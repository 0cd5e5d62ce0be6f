import { Box } from '@mui/material';

interface NodeNameListProps {
  label: string;
  nodes: readonly { uid: string; name: string }[];
  id?: string;
}

/** Node names as a wrapping row of monospace tags: dozens fit in a few lines and stay a real list. */
export function NodeNameList({ label, nodes, id }: NodeNameListProps) {
  return (
    <Box
      component="ul"
      id={id}
      aria-label={label}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, my: 0.5, fontFamily: 'monospace', fontSize: '0.8125rem' }}
    >
      {nodes.map((node) => (
        <Box component="li" key={node.uid} sx={{ px: 0.75, bgcolor: 'grey.100', borderRadius: 0.5 }}>{node.name}</Box>
      ))}
    </Box>
  );
}
