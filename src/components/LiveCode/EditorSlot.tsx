import type { CodeEditorHandle, EditorErrorMarker } from '@site/src/components/CodeEditor';
import type { Language } from '@site/src/runner/types';
import { lazy, Suspense, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';

import StaticCode from './StaticCode';
import styles from './styles.module.css';

// CodeMirror arrives only when the reader starts editing: the first visit pays for highlighted text.
const CodeEditor = lazy(() => import('@site/src/components/CodeEditor'));

export interface EditorSlotProps {
  language: Language;
  /** The program the editor starts from (a new value starts a fresh editor). */
  code: string;
  originalCode: string;
  highlightedHtml?: string;
  editing: boolean;
  focusOnMount: boolean;
  ariaLabel: string;
  error: EditorErrorMarker | null;
  activeLine: number | null;
  editorRef: Ref<CodeEditorHandle>;
  onStartEditing(focus: boolean): void;
  onChange(code: string): void;
  onRun(): void;
  onEscape(): void;
}

/**
 * The program's text: until the reader reaches for it, the highlighted code itself, which
 * focusing, clicking or typing in swaps for the real editor in place. Keys typed while the editor
 * loads are kept and typed into it once it is there.
 */
export default function EditorSlot(props: EditorSlotProps): ReactNode {
  const typedWhileLoading = useRef('');
  const placeholder = (focus: boolean) => (
    <EditorPlaceholder
      key={focus ? 'loading' : 'idle'}
      label={props.ariaLabel}
      focus={focus}
      onStartEditing={props.onStartEditing}
      onText={(text) => {
        typedWhileLoading.current =
          text === '\b' ? typedWhileLoading.current.slice(0, -1) : typedWhileLoading.current + text;
      }}>
      <StaticCode
        code={props.code}
        language={props.language}
        original={props.code === props.originalCode}
        highlightedHtml={props.highlightedHtml}
      />
    </EditorPlaceholder>
  );
  if (!props.editing) return placeholder(false);
  return (
    <Suspense fallback={placeholder(props.focusOnMount)}>
      <CodeEditor
        key={props.code}
        language={props.language}
        initialCode={props.code}
        ariaLabel={props.ariaLabel}
        autoFocus={props.focusOnMount}
        takeTypedText={() => {
          const text = typedWhileLoading.current;
          typedWhileLoading.current = '';
          return text;
        }}
        error={props.error}
        activeLine={props.activeLine}
        handleRef={props.editorRef}
        onChange={props.onChange}
        onRun={props.onRun}
        onEscape={props.onEscape}
      />
    </Suspense>
  );
}

interface EditorPlaceholderProps {
  label: string;
  /** Take focus when drawn: the editor is loading for a reader who is about to type. */
  focus: boolean;
  onStartEditing(focus: boolean): void;
  /** A character typed (or "\b" for Backspace) before the editor is there. */
  onText(text: string): void;
  children: ReactNode;
}

function EditorPlaceholder({ label, focus, onStartEditing, onText, children }: EditorPlaceholderProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const text =
      event.key === 'Enter' ? '\n' : event.key === 'Backspace' ? '\b' : event.key.length === 1 ? event.key : null;
    if (text === null) return;
    event.preventDefault();
    onText(text);
    onStartEditing(true);
  };
  return (
    <div
      ref={ref}
      role="textbox"
      aria-label={label}
      aria-multiline="true"
      aria-readonly="false"
      aria-busy={focus}
      tabIndex={0}
      className={styles.editorPlaceholder}
      // A click focuses the box first, so this covers pointers too; the box drawn next takes the
      // focus over before any key arrives.
      onFocus={focus ? undefined : () => onStartEditing(true)}
      onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
