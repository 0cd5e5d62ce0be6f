import { Trans } from '@lingui/react';
import type { ReactElement } from 'react';
import type { MessageId, MessageValues } from './i18n';

interface TProps {
  id: MessageId;
  values?: MessageValues;
  /** Elements wrapping the message's `<0>…</0>`, `<1>…</1>` parts, so a link or emphasis sits where each language puts it. */
  components?: Record<string, ReactElement>;
}

/** A message with markup inside it, in the active language. */
export function T({ id, values, components }: TProps) {
  return <Trans id={id} {...(values ? { values } : {})} {...(components ? { components } : {})} />;
}
