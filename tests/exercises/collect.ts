import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { extractExercises } from '@site/src/remark/exercise/extract';
import type { ExerciseSource } from '@site/src/remark/exercise';

import { mdxFiles, ROOT } from '../examples/collect';

/** Every exercise of the course; EXERCISES=<part of a path> keeps only those pages'. */
export function collectExercises(only: string | undefined = process.env.EXERCISES): ExerciseSource[] {
  return (
    mdxFiles()
      .map((file) => relative(ROOT, file))
      .filter((file) => only === undefined || file.includes(only))
      .map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const)
      // Parsing a page costs; most pages have no exercise.
      .filter(([, source]) => source.includes('<Exercise'))
      .flatMap(([file, source]) => extractExercises(source, file))
  );
}
