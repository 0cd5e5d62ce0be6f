import { createTheme } from '@mui/material/styles';

// MUI's default warning and info mains fall below 4.5:1 against white text on filled chips; these pass AA. Its primary
// text on a hovered outlined or text button (#1976d2 on a 4 % tint of itself) is 4.38:1; one shade darker passes.
const base = createTheme({
  palette: {
    primary: { main: '#1565c0' },
    warning: { main: '#a84300' },
    info: { main: '#01579b' },
  },
  typography: {
    h1: { fontSize: '2rem', fontWeight: 500 },
    h2: { fontSize: '1.5rem', fontWeight: 500 },
    h3: { fontSize: '1.15rem', fontWeight: 500 },
  },
});

/**
 * A finger needs 44 × 44 px (WCAG 2.5.5, Apple's guidelines): on a touch screen or a phone-sized window every control
 * grows to that, once here rather than in each component. Mouse users on wide screens keep MUI's denser sizes.
 */
export const touchMedia = `@media (pointer: coarse), ${base.breakpoints.down('sm').replace('@media ', '')}`;
const TOUCH = 44;

export const theme = createTheme(base, {
  components: {
    MuiButton: { styleOverrides: { root: { [touchMedia]: { minHeight: TOUCH, minWidth: TOUCH } } } },
    MuiIconButton: { styleOverrides: { root: { [touchMedia]: { minHeight: TOUCH, minWidth: TOUCH } } } },
    MuiToggleButton: { styleOverrides: { root: { [touchMedia]: { minHeight: TOUCH, minWidth: TOUCH } } } },
    // A 24 px glyph in 9 px of padding is 42 px; 10 px makes 44.
    MuiCheckbox: { styleOverrides: { root: { [touchMedia]: { padding: 10 } } } },
    MuiRadio: { styleOverrides: { root: { [touchMedia]: { padding: 10 } } } },
    // The switch's thumb is its input: 38 px by default, 44 with 12 px of padding around the 20 px thumb.
    MuiSwitch: {
      styleOverrides: {
        root: { [touchMedia]: { height: TOUCH, width: 64, padding: 15 } },
        switchBase: { [touchMedia]: { padding: 12 } },
      },
    },
    // A small table takes the padding off a radio in its checkbox column, leaving the 24 px glyph; give it back.
    MuiTableCell: { styleOverrides: { root: { [touchMedia]: { '&.MuiTableCell-paddingCheckbox > *': { padding: 10 } } } } },
    MuiListItemButton: { styleOverrides: { root: { [touchMedia]: { minHeight: TOUCH } } } },
    MuiTab: { styleOverrides: { root: { [touchMedia]: { minHeight: TOUCH } } } },
    MuiChip: { styleOverrides: { clickable: { [touchMedia]: { minHeight: TOUCH } } } },
    // Links styled as buttons (a Link with component="button") are controls too; links in running text are not.
    MuiLink: { styleOverrides: { button: { [touchMedia]: { minHeight: TOUCH } } } },
  },
});
