import { Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's h1. Arriving on the page (a link, Back, a submit or an address) puts the keyboard here, so the next Tab
 * starts at the top of what the page shows rather than on <body>, and a screen reader says where it is.
 */
export function PageHeading({ children, gutterBottom }: { children: ReactNode; gutterBottom?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Typography variant="h1" ref={heading} tabIndex={-1} gutterBottom={gutterBottom} sx={{ '&:focus': { outline: 'none' } }}>
      {children}
    </Typography>
  );
}
