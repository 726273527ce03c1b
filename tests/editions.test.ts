import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import {
  comparePython,
  CURRENT_EDITION,
  describeRange,
  EDITIONS,
  editionOfFile,
  editionOfVersion,
  FROZEN_EDITIONS,
  intersectRanges,
  pythonInRange,
} from '@site/src/editions';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('the editions', () => {
  test.each(EDITIONS)("the $label edition's Pyodide is a pinned dependency that ships its Python", (edition) => {
    expect(packageJson.dependencies[edition.pyodidePackage]).toMatch(/^(npm:pyodide@)?\d+\.\d+\.\d+$/);
    const lock = JSON.parse(readFileSync(require.resolve(`${edition.pyodidePackage}/pyodide-lock.json`), 'utf8')) as {
      info: { python: string };
    };
    expect(lock.info.python.split('.').slice(0, 2).join('.')).toBe(edition.python);
    expect(edition.label).toBe(`Python ${edition.python}`);
  });

  test('are listed newest first, with distinct Pythons and paths; only the current one sits at /docs/', () => {
    const pythons = EDITIONS.map((edition) => edition.python);
    expect([...pythons].sort((a, b) => comparePython(b, a))).toEqual(pythons);
    expect(new Set(pythons).size).toBe(EDITIONS.length);
    expect(CURRENT_EDITION).toMatchObject({ version: 'current', path: '' });
    for (const edition of FROZEN_EDITIONS)
      expect(edition).toMatchObject({ version: edition.python, path: edition.python });
  });

  test('a source file and a docs version map to their edition', () => {
    expect(editionOfFile('/site/docs/01-iterators/index.mdx')).toBe(CURRENT_EDITION);
    for (const edition of FROZEN_EDITIONS) {
      expect(editionOfFile(`/site/versioned_docs/version-${edition.version}/01-iterators/index.mdx`)).toBe(edition);
      expect(editionOfVersion(edition.version)).toBe(edition);
    }
    expect(editionOfVersion('current')).toBe(CURRENT_EDITION);
    expect(editionOfVersion(undefined)).toBe(CURRENT_EDITION);
  });
});

describe('Python ranges', () => {
  test('compare versions as numbers, not strings', () => {
    expect(comparePython('3.9', '3.10')).toBeLessThan(0);
    expect(pythonInRange('3.11', { min: '3.11', max: '3.11' })).toBe(true);
    expect(pythonInRange('3.10', { min: '3.9' })).toBe(true);
    expect(pythonInRange('3.14', { max: '3.13' })).toBe(false);
    expect(pythonInRange('3.11', {})).toBe(true);
  });

  test('intersect and describe', () => {
    expect(intersectRanges({ min: '3.11' }, { min: '3.10', max: '3.13' })).toEqual({ min: '3.11', max: '3.13' });
    expect(intersectRanges({}, {})).toEqual({});
    expect(describeRange({ min: '3.13' })).toBe('3.13 or later');
    expect(describeRange({ max: '3.11' })).toBe('3.11 or earlier');
    expect(describeRange({ min: '3.11', max: '3.13' })).toBe('3.11 to 3.13');
    expect(describeRange({ min: '3.11', max: '3.11' })).toBe('3.11');
  });
});
