import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';

export interface JsonEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** The editor's accessible name. */
  label: string;
  /** Id of the element that says what is wrong with the text, if anything. */
  errorId?: string;
}

// Gutter and lint colours darker than CodeMirror's defaults, so line numbers pass contrast checks.
const theme = EditorView.theme({
  '&': { border: '1px solid #757575', borderRadius: '4px', fontSize: '0.875rem', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '2px solid #1565c0', outlineOffset: '1px' },
  // No height limit: a scrolling region inside the editor is not keyboard-reachable (CodeMirror gives it tabindex -1), so the page scrolls instead.
  '.cm-scroller': { fontFamily: 'monospace' },
  '.cm-gutters': { backgroundColor: '#f5f5f5', color: '#424242', borderRight: '1px solid #bdbdbd' },
});

const contentAttributes = (label: string, errorId: string | undefined) =>
  EditorView.contentAttributes.of({
    'aria-label': label,
    ...(errorId ? { 'aria-describedby': errorId, 'aria-invalid': 'true' } : {}),
  });

/**
 * CodeMirror 6 with JSON syntax and its parse linter, which marks syntax errors in place. Tab is left to the page
 * (no indentWithTab), so keyboard users can leave the editor.
 */
export function JsonEditor({ value, onChange, label, errorId }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  const [accessibility] = useState(() => new Compartment());
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          accessibility.of(contentAttributes(label, errorId)),
          json(),
          linter(jsonParseLinter(), { delay: 300 }),
          lintGutter(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          theme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => created.destroy();
    // Created once; later `value`s arrive through the effect below, keeping the user's cursor and history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A reset from outside (for example back to today's values) replaces the text; the user's own typing already matches.
  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: accessibility.reconfigure(contentAttributes(label, errorId)) });
  }, [accessibility, label, errorId]);

  return <div ref={host} data-testid="json-editor" />;
}
