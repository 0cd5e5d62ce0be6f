/** Half the cell padding on phones, so a table of a few columns fits a 360 px screen instead of scrolling sideways. */
export const narrowCells = { '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: { xs: 1, sm: 2 } } } as const;
