import { createTheme } from '@mui/material/styles';

// MUI's default warning and info mains fall below 4.5:1 against white text on filled chips; these pass AA.
export const theme = createTheme({
  palette: {
    warning: { main: '#a84300' },
    info: { main: '#01579b' },
  },
  typography: {
    h1: { fontSize: '2rem', fontWeight: 500 },
    h2: { fontSize: '1.5rem', fontWeight: 500 },
    h3: { fontSize: '1.15rem', fontWeight: 500 },
  },
});
