#!/usr/bin/env node
// Generates the frozen editions from docs/, the one source of the course. Docusaurus's versioning
// reads three things, and this writes all three from src/editions.ts: versions.json, a copy of
// docs/ per frozen edition in versioned_docs/version-<name>/, and its sidebar file in
// versioned_sidebars/. None of them is committed; `prestart`, `prebuild` and the tests run this.
// What differs between editions is written in docs/ (<Edition>, <EditionNote>, min=/max= on
// fences) and resolved per edition by the remark plugins, from each copy's path.
//
//   node scripts/editions.mjs                 generate once
//   node scripts/editions.mjs --watch -- CMD  generate, run CMD, and keep the copies in step with
//                                             docs/ until CMD exits (`npm start`)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createJiti } from 'jiti';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jiti = createJiti(import.meta.url);

/** Writes versions.json, versioned_docs/ and versioned_sidebars/ under `siteDir` from its docs/. */
export async function generateEditions(siteDir = root) {
  const { FROZEN_EDITIONS } = await jiti.import(join(siteDir, 'src', 'editions.ts'));
  const { default: sidebars } = await jiti.import(join(siteDir, 'sidebars.ts'));
  const docsDir = join(siteDir, 'docs');
  rmSync(join(siteDir, 'versioned_docs'), { recursive: true, force: true });
  rmSync(join(siteDir, 'versioned_sidebars'), { recursive: true, force: true });
  mkdirSync(join(siteDir, 'versioned_sidebars'), { recursive: true });
  for (const edition of FROZEN_EDITIONS) {
    cpSync(docsDir, editionDocsDir(siteDir, edition.version), { recursive: true });
    writeFileSync(
      join(siteDir, 'versioned_sidebars', `version-${edition.version}-sidebars.json`),
      `${JSON.stringify(sidebars, null, 2)}\n`,
    );
  }
  writeFileSync(
    join(siteDir, 'versions.json'),
    `${JSON.stringify(FROZEN_EDITIONS.map((edition) => edition.version))}\n`,
  );
  return FROZEN_EDITIONS;
}

function editionDocsDir(siteDir, version) {
  return join(siteDir, 'versioned_docs', `version-${version}`);
}

/** Mirrors each change under docs/ into every edition's copy, so the dev server reloads both. */
function watchDocs(editions) {
  const docsDir = join(root, 'docs');
  return watch(docsDir, { recursive: true }, (_event, file) => {
    if (!file) return;
    for (const edition of editions) {
      const target = join(editionDocsDir(root, edition.version), file);
      if (existsSync(join(docsDir, file))) {
        mkdirSync(dirname(target), { recursive: true });
        cpSync(join(docsDir, file), target, { recursive: true });
      } else {
        rmSync(target, { recursive: true, force: true });
      }
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const editions = await generateEditions();
  console.log(
    `generated ${editions.map((edition) => `versioned_docs/version-${edition.version}`).join(', ')} from docs/`,
  );
  const args = process.argv.slice(2);
  if (args[0] === '--watch') {
    const watcher = watchDocs(editions);
    const command = args.slice(args.indexOf('--') + 1);
    if (args.indexOf('--') === -1 || command.length === 0) throw new Error('--watch needs a command after --');
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => {
      watcher.close();
      process.exit(code ?? 1);
    });
  }
}
