// The editions of the course, one per Python, and the runtime each runs its Python examples on.
// Everything that names an edition or a Python runtime reads it from here: the site config, the
// runtime copy script, the runner, the remark plugins, the example harness and the benchmark.
//
// The course is written once, in docs/. The current edition is docs/ itself; every other edition
// is generated from it (scripts/editions.mjs) and differs only where docs/ says so, with
// <Edition>/<EditionNote> and the min=/max= fence attributes (CONTRIBUTING.md).

export interface Edition {
  /** Docusaurus's version name: "current" for docs/, else the folder versioned_docs/version-<name>. */
  readonly version: string;
  /** The Python the edition teaches and runs its examples on, "major.minor". */
  readonly python: string;
  /** Shown in the version menu. */
  readonly label: string;
  /** URL segment after /docs/ ("" for the current edition). */
  readonly path: string;
  /** npm package (or alias, `npm i -E pyodide-0.27@npm:pyodide@0.27.7`) of the Pyodide that ships it. */
  readonly pyodidePackage: string;
  /** The banner on every page of the edition, if any. */
  readonly banner?: string;
}

/** Newest first; the first is the current edition. */
export const EDITIONS = [
  { version: 'current', python: '3.14', label: 'Python 3.14', path: '', pyodidePackage: 'pyodide' },
  {
    version: '3.12',
    python: '3.12',
    label: 'Python 3.12',
    path: '3.12',
    pyodidePackage: 'pyodide-0.27',
    banner: 'This edition runs its examples on Python 3.12 and notes where 3.12 differs from newer Pythons.',
  },
] as const satisfies readonly Edition[];

/** A Python that an edition runs, e.g. "3.14". */
export type PythonRuntimeId = (typeof EDITIONS)[number]['python'];

/** An edition of the list, with its Python typed as one of the runtimes. */
export type KnownEdition = Edition & { readonly python: PythonRuntimeId };

export const CURRENT_EDITION: KnownEdition = EDITIONS[0];

/** The editions generated from docs/ (all but the current one). */
export const FROZEN_EDITIONS: readonly KnownEdition[] = EDITIONS.slice(1);

export const PYTHON_RUNTIMES: readonly PythonRuntimeId[] = EDITIONS.map((edition) => edition.python);

/** The edition of a Docusaurus docs version name; the current one for anything else. */
export function editionOfVersion(versionName: string | undefined): KnownEdition {
  return EDITIONS.find((edition) => edition.version === versionName) ?? EDITIONS[0];
}

const VERSIONED_DOCS = /(?:^|[\\/])versioned_docs[\\/]version-([^\\/]+)[\\/]/;

/** The edition a docs source file belongs to, from its path (versioned_docs/version-3.12/… or docs/…). */
export function editionOfFile(path: string): KnownEdition {
  const version = VERSIONED_DOCS.exec(path)?.[1];
  if (version === undefined) return EDITIONS[0];
  const edition = EDITIONS.find((candidate) => candidate.version === version);
  if (!edition) throw new Error(`${path} is in versioned_docs/version-${version}, which src/editions.ts does not list`);
  return edition;
}

/** The folder under static/runtimes/ (and the build's runtimes/) that serves a Python runtime. */
export function runtimeFolder(python: PythonRuntimeId): string {
  return `pyodide-${python}`;
}

/** The npm package of the Pyodide that runs a Python. */
export function pyodidePackage(python: PythonRuntimeId): string {
  return EDITIONS.find((edition) => edition.python === python)!.pyodidePackage;
}

/** Compares "3.12"-style versions. */
export function comparePython(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Which Pythons something needs: both ends inclusive, either may be open. */
export interface PythonRange {
  min?: string;
  max?: string;
}

export function pythonInRange(python: string, range: PythonRange): boolean {
  return (
    (range.min === undefined || comparePython(python, range.min) >= 0) &&
    (range.max === undefined || comparePython(python, range.max) <= 0)
  );
}

/** The Pythons in both ranges. */
export function intersectRanges(a: PythonRange, b: PythonRange): PythonRange {
  const pick = (x: string | undefined, y: string | undefined, later: boolean) =>
    x === undefined ? y : y === undefined ? x : comparePython(x, y) >= 0 === later ? x : y;
  const range: PythonRange = {};
  const min = pick(a.min, b.min, true);
  const max = pick(a.max, b.max, false);
  if (min !== undefined) range.min = min;
  if (max !== undefined) range.max = max;
  return range;
}

/** "3.13 or later", "3.12 or earlier", "3.12 to 3.13", "3.12" */
export function describeRange(range: PythonRange): string {
  if (range.min && range.max) return range.min === range.max ? range.min : `${range.min} to ${range.max}`;
  if (range.min) return `${range.min} or later`;
  if (range.max) return `${range.max} or earlier`;
  return 'any Python';
}
