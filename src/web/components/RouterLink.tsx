import { Link, type LinkProps } from '@mui/material';
import type { MouseEvent } from 'react';
import { navigate } from '../lib/router';

/** An ordinary link (middle-click, copy address still work) that navigates in-app on a plain click. */
export function RouterLink({ href, ...props }: LinkProps & { href: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <Link href={href} onClick={onClick} {...props} />;
}
