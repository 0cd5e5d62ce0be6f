// Catalogues imported with `?lingui` are compiled by @lingui/vite-plugin into Lingui's message format.
declare module '*?lingui' {
  import type { Messages } from '@lingui/core';

  export const messages: Messages;
}
