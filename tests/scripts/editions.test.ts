import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { FROZEN_EDITIONS } from '@site/src/editions';
import sidebars from '@site/sidebars';
import { beforeAll, describe, expect, test } from 'vitest';

import { generateEditions } from '../../scripts/editions.mjs';

const ROOT = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('generating the frozen editions from docs/', () => {
  beforeAll(async () => {
    await generateEditions(ROOT);
  });

  test('versions.json lists every frozen edition, newest first', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'versions.json'), 'utf8'))).toEqual(
      FROZEN_EDITIONS.map((edition) => edition.version),
    );
  });

  test.each(FROZEN_EDITIONS)('the $label edition is docs/, file for file, with the same sidebar', (edition) => {
    const docs = join(ROOT, 'docs');
    const copy = join(ROOT, 'versioned_docs', `version-${edition.version}`);
    expect(files(copy)).toEqual(files(docs));
    for (const file of files(docs))
      expect(readFileSync(join(copy, file), 'utf8')).toBe(readFileSync(join(docs, file), 'utf8'));
    const sidebar = readFileSync(join(ROOT, 'versioned_sidebars', `version-${edition.version}-sidebars.json`), 'utf8');
    expect(JSON.parse(sidebar)).toEqual(sidebars);
  });
});
