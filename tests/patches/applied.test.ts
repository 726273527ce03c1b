import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

// patches/ is applied to node_modules by patch-package on install (the postinstall script). An
// install that skipped scripts, or an upgrade the patches no longer fit, would otherwise build the
// site from unpatched Docusaurus without a word. tests/browser/patches.spec.ts checks what the
// patches change on the built site where a page shows it.

const ROOT = join(__dirname, '..', '..');
const PATCHES = join(ROOT, 'patches');

interface FilePatch {
  file: string;
  added: string[];
}

/** The files a patch-package patch changes, each with the lines it adds. */
function parsePatch(text: string): FilePatch[] {
  const files: FilePatch[] = [];
  for (const line of text.split('\n')) {
    const target = /^\+\+\+ b\/(.+)$/.exec(line);
    if (target) files.push({ file: target[1]!, added: [] });
    else if (line.startsWith('+') && files.length > 0) files.at(-1)!.added.push(line.slice(1));
  }
  return files;
}

const patchFiles = readdirSync(PATCHES).filter((name) => name.endsWith('.patch'));

describe('patches/', () => {
  test('there are patches, each named for the package version it fits', () => {
    expect(patchFiles.length).toBeGreaterThan(0);
    for (const name of patchFiles) {
      const match = /^(.+)\+(\d+\.\d+\.\d+)\.patch$/.exec(name);
      expect(match, name).not.toBeNull();
      const packageName = match![1]!.replace('+', '/');
      const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', packageName, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(installed.version, `${packageName} is installed at the version ${name} was made for`).toBe(match![2]);
    }
  });

  for (const name of patchFiles) {
    test(`${name} is applied to node_modules`, () => {
      const filePatches = parsePatch(readFileSync(join(PATCHES, name), 'utf8'));
      expect(filePatches.length).toBeGreaterThan(0);
      for (const { file, added } of filePatches) {
        const installed = readFileSync(join(ROOT, file), 'utf8');
        expect(added.length, file).toBeGreaterThan(0);
        for (const line of added) expect(installed, `${file} lacks: ${line}`).toContain(line);
      }
    });
  }
});
