/**
 * Hidden from sight, read by screen readers. Sizes are strings on purpose: MUI reads `width: 1` as 100 %, which once
 * made pages scroll sideways.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
