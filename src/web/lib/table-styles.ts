/**
 * Half the cell padding on phones, and long words may break there, so a table of a few columns fits a 360 px screen
 * instead of scrolling sideways.
 */
export const narrowCells = {
  '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: { xs: 1, sm: 2 }, overflowWrap: { xs: 'anywhere', sm: 'normal' } },
} as const;
