import { Typography } from '@mui/material';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A page's h1. Arriving on the page (a link, Back, a submit or an address) puts the keyboard here, so the next Tab
 * starts at the top of what the page shows rather than on <body>, and a screen reader says where it is. A layout effect,
 * so focus moves in the same commit that shows the heading: there is no moment (a frame, or a test's DOM observer) in
 * which the heading is there and focus still on <body>.
 */
export function PageHeading({ children, gutterBottom }: { children: ReactNode; gutterBottom?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <Typography variant="h1" ref={heading} tabIndex={-1} gutterBottom={gutterBottom} sx={{ '&:focus': { outline: 'none' } }}>
      {children}
    </Typography>
  );
}
