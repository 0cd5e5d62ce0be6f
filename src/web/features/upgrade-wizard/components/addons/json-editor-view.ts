import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';

// This module is the lazily loaded chunk: CodeMirror only, no React, so loading it leaves the app's own chunks alone.

// Gutter colours darker than CodeMirror's defaults, so line numbers pass contrast checks.
const theme = EditorView.theme({
  '&': { border: '1px solid #757575', borderRadius: '4px', fontSize: '0.875rem', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '2px solid #1565c0', outlineOffset: '1px' },
  // No height limit: a scrolling region inside the editor is not keyboard-reachable (CodeMirror gives it tabindex -1), so the page scrolls instead.
  '.cm-scroller': { fontFamily: 'monospace' },
  '.cm-gutters': { backgroundColor: '#f5f5f5', color: '#424242', borderRight: '1px solid #bdbdbd' },
});

export interface Accessibility {
  /** The editor's accessible name. */
  label: string;
  /** Id of the element that says what is wrong with the text, if anything. */
  errorId?: string;
}

const contentAttributes = ({ label, errorId }: Accessibility) =>
  EditorView.contentAttributes.of({
    'aria-label': label,
    ...(errorId ? { 'aria-describedby': errorId, 'aria-invalid': 'true' } : {}),
  });

export interface JsonEditorHandle {
  /** Replaces the text unless it already is `text` (the user's own typing), keeping cursor and history then. */
  setText: (text: string) => void;
  setAccessibility: (accessibility: Accessibility) => void;
  destroy: () => void;
}

/**
 * CodeMirror 6 with JSON syntax and its parse linter, which marks syntax errors in place. Tab is left to the page
 * (no indentWithTab), so keyboard users can leave the editor.
 */
export function createJsonEditor(
  parent: HTMLElement,
  text: string,
  onChange: (text: string) => void,
  accessibility: Accessibility,
  /** The page's CSP nonce: CodeMirror injects its own <style> tags, which the policy admits only with it. */
  nonce?: string,
): JsonEditorHandle {
  const aria = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        aria.of(contentAttributes(accessibility)),
        json(),
        linter(jsonParseLinter(), { delay: 300 }),
        lintGutter(),
        syntaxHighlighting(defaultHighlightStyle),
        EditorView.lineWrapping,
        theme,
        ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText: (next) => {
      if (view.state.doc.toString() !== next) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    setAccessibility: (next) => view.dispatch({ effects: aria.reconfigure(contentAttributes(next)) }),
    destroy: () => view.destroy(),
  };
}
