import { createTheme } from '@mui/material/styles';

// MUI's default warning and info mains fall below 4.5:1 against white text on filled chips; these pass AA. Its primary
// text on a hovered outlined or text button (#1976d2 on a 4 % tint of itself) is 4.38:1; one shade darker passes.
export const theme = createTheme({
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
