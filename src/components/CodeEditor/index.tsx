import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  type DecorationSet,
  tooltips,
} from '@codemirror/view';
import { usePrismTheme } from '@docusaurus/theme-common';
import type { Language } from '@site/src/runner/types';
import { useEffect, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';

import { highlightStyleFromPrism } from './highlightStyle';
import styles from './styles.module.css';

export interface CodeEditorHandle {
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
}

export interface EditorErrorMarker {
  /** 1-based line in the editor. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  message: string;
}

export interface CodeEditorProps {
  language: Language;
  initialCode: string;
  /** Accessible name of the textbox, e.g. "Python editor". */
  ariaLabel: string;
  autoFocus?: boolean;
  error?: EditorErrorMarker | null;
  /** A line to show as "running now" (1-based), e.g. while stepping through a timeline. */
  activeLine?: number | null;
  /** What the reader typed before the editor was there, typed into it once it is (then cleared). */
  takeTypedText?(): string;
  onChange?(code: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun?(): void;
  /** Escape: hand focus back to the page (keyboard users must never be trapped in the editor). */
  onEscape?(): void;
  handleRef?: Ref<CodeEditorHandle>;
}

const setActiveLine = StateEffect.define<number | null>();
const activeLineMark = Decoration.line({ class: 'cm-runningLine' });
const activeLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setActiveLine)) continue;
      const line = effect.value;
      next =
        line === null || line < 1 || line > transaction.state.doc.lines
          ? Decoration.none
          : Decoration.set([activeLineMark.range(transaction.state.doc.line(line).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function toDiagnostic(view: EditorView, error: EditorErrorMarker): Diagnostic {
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(error.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max((error.column ?? 1) - 1, 0), line.to);
  return { from, to: line.to, severity: 'error', message: error.message };
}

/** CodeMirror 6, loaded only when a reader starts editing (see LiveCode). */
export default function CodeEditor(props: CodeEditorProps): ReactNode {
  const { language, initialCode, ariaLabel, autoFocus, error, activeLine, handleRef } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const prismTheme = usePrismTheme();
  const themeCompartment = useRef(new Compartment());

  useImperativeHandle(handleRef, () => ({
    getCode: () => viewRef.current?.state.doc.toString() ?? initialCode,
    setCode: (code: string) => {
      const view = viewRef.current;
      view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    focus: () => viewRef.current?.focus(),
  }));

  useEffect(() => {
    const extensions: Extension[] = [
      lineNumbers(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      lintGutter(),
      // On the page's body: the example around the editor clips what overflows it (LiveExample).
      tooltips({ parent: document.body }),
      activeLineField,
      indentUnit.of(language === 'python' ? '    ' : '  '),
      language === 'python' ? python() : javascript({ typescript: true }),
      keymap.of([
        { key: 'Mod-Enter', run: () => (callbacks.current.onRun?.(), true) },
        { key: 'Escape', run: () => (callbacks.current.onEscape?.(), true) },
        indentWithTab,
        ...defaultKeymap,
        ...historyKeymap,
      ]),
      // tabindex: the content is focusable anyway (contenteditable); saying so lets checkers see
      // that a long editor's scrolling area can be reached from the keyboard.
      EditorView.contentAttributes.of({ 'aria-label': ariaLabel, 'aria-multiline': 'true', tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) callbacks.current.onChange?.(update.state.doc.toString());
      }),
      themeCompartment.current.of([]),
    ];
    const view = new EditorView({
      state: EditorState.create({ doc: initialCode, extensions }),
      parent: hostRef.current!,
    });
    viewRef.current = view;
    if (autoFocus) view.focus();
    const typed = callbacks.current.takeTypedText?.() ?? '';
    if (typed) view.dispatch(view.state.replaceSelection(typed), { userEvent: 'input.type', scrollIntoView: true });
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor is created once; later prop changes reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({
      effects: themeCompartment.current.reconfigure([
        syntaxHighlighting(highlightStyleFromPrism(prismTheme)),
        EditorView.theme({
          '&': {
            color: prismTheme.plain.color ?? 'inherit',
            backgroundColor: prismTheme.plain.backgroundColor ?? 'inherit',
          },
          '.cm-gutters': { backgroundColor: prismTheme.plain.backgroundColor ?? 'inherit' },
        }),
      ]),
    });
  }, [prismTheme]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(setDiagnostics(view.state, error ? [toDiagnostic(view, error)] : []));
  }, [error]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({ effects: setActiveLine.of(activeLine ?? null) });
    if (activeLine == null || activeLine < 1 || activeLine > view.state.doc.lines) return;
    // Bring the line into the editor's own view, without scrolling the page (the reader is
    // looking at whatever moved it, e.g. the timeline below).
    const block = view.lineBlockAt(view.state.doc.line(activeLine).from);
    const scroller = view.scrollDOM;
    // Live layout (contentDOM's box), not CodeMirror's cached documentTop, which lags a scroll.
    const contentTop = view.contentDOM.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    const top = block.top + contentTop + scroller.scrollTop;
    if (top < scroller.scrollTop || top + block.height > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
    }
  }, [activeLine]);

  return <div ref={hostRef} className={styles.editor} data-language={language} />;
}
