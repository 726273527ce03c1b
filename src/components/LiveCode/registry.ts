// The page's live examples by id, so that something else on the page (a "Try this" tip) can put a
// program into one of them. Each LiveCode registers itself while mounted.

export interface LiveCodeHandle {
  /** The example's own program, as the page shows it. */
  readonly originalCode: string;
  /** Puts `code` into the example's editor, shows the example and says where the code came from. */
  load(code: string, notice: string): void;
}

const examples = new Map<string, LiveCodeHandle>();

export function registerExample(id: string, handle: LiveCodeHandle): () => void {
  examples.set(id, handle);
  return () => {
    if (examples.get(id) === handle) examples.delete(id);
  };
}

export function findExample(id: string): LiveCodeHandle | undefined {
  return examples.get(id);
}
