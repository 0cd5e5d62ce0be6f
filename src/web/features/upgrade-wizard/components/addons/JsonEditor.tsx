import { Alert } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { LoadingState } from '../../../../components/LoadingState';
import { useT } from '../../../../i18n/parts/addons';
import { cspNonce } from '../../../../lib/csp-nonce';
import type { JsonEditorHandle } from './json-editor-view';

export interface JsonEditorProps {
  value: string;
  onChange: (text: string) => void;
  label: string;
  errorId?: string;
}

/**
 * Hosts the CodeMirror editor, fetched only when an editor is first opened so the first page stays light. The
 * editor owns its text while the user types; `value` flows in only when it differs (a reset from outside).
 */
export function JsonEditor({ value, onChange, label, errorId }: JsonEditorProps) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<JsonEditorHandle | null>(null);
  const [failed, setFailed] = useState(false);
  const initial = useRef({ value, onChange, label, errorId });
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let handle: JsonEditorHandle | undefined;
    let cancelled = false;
    import('./json-editor-view').then(
      ({ createJsonEditor }) => {
        if (cancelled || !host.current) return;
        const { value: text, label: name, errorId: described } = initial.current;
        handle = createJsonEditor(host.current, text, (next) => latestOnChange.current(next), { label: name, errorId: described }, cspNonce());
        setEditor(handle);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      handle?.destroy();
    };
  }, []);

  useEffect(() => editor?.setText(value), [editor, value]);
  useEffect(() => editor?.setAccessibility({ label, errorId }), [editor, label, errorId]);

  return (
    <>
      {failed && <Alert severity="error">{t('addons.editor.failed')}</Alert>}
      {!editor && !failed && <LoadingState label={t('addons.editor.loading')} />}
      <div ref={host} />
    </>
  );
}
