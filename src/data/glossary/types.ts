/**
 * Shapes of the glossary data. Text fields may use `backticks` for inline code; the renderers
 * turn them into <code> and search/filter on the text without them.
 */

/** The short, one-sentence form that tooltips show. Kept apart so `Term` loads only these. */
export interface TermSummary {
  /** Display name, e.g. 'awaitable' or '`__await__`'. Unique across all names and aliases. */
  readonly name: string;
  /** Exactly one sentence. */
  readonly short: string;
}

/**
 * How one language spells the idea. `same` means the language has this thing (or a faithful
 * equivalent); `closest` is the honest "no direct counterpart", with the nearest idea in `forms`
 * and the difference explained in `note`.
 */
export type LanguageForm =
  | {
      readonly match: 'same';
      /** Syntax, dunder methods, module-qualified names; each rendered as code. */
      readonly forms: readonly string[];
      readonly note?: string;
    }
  | {
      readonly match: 'closest';
      readonly forms: readonly string[];
      readonly note: string;
    };

/** Where the tutorial first explains the term: a docs file (relative to docs/) and a heading id. */
export interface ChapterSection {
  /** e.g. '02-generators/index.mdx'; resolved to a URL in the docs version being read. */
  readonly doc: string;
  /** An explicit `{#anchor}` heading id in that file. */
  readonly anchor: string;
  /** The heading's text, shown as the link label (tests keep it in step with the chapter). */
  readonly section: string;
}

export interface TermDetails<Id extends string = string> {
  /** Other names a reader might type; each is unique across the glossary and is shown. */
  readonly aliases: readonly string[];
  /** Related words that should find this entry when filtering but are not its names. */
  readonly keywords?: readonly string[];
  /** Two to four sentences in our own words. */
  readonly definition: string;
  readonly python: LanguageForm;
  readonly typescript: LanguageForm;
  /** A tiny example, where one helps more than words. */
  readonly snippet?: {
    readonly python?: string;
    readonly typescript?: string;
  };
  /** Ids of related entries, most useful first. */
  readonly seeAlso: readonly Id[];
  readonly introducedIn: ChapterSection;
}
