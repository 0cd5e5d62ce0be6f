import { SvgIcon } from '@mui/material';

/** The chevron an accordion turns to show it opens; one path, so no icon library for a single glyph. */
export function ExpandIcon() {
  return (
    <SvgIcon aria-hidden="true">
      <path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" />
    </SvgIcon>
  );
}
