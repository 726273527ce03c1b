import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { isExerciseElement, readExercise, type ExerciseSource } from './blocks';

/** The exercises of one MDX page, read with the same rules as the site's remark plugin. */
export function extractExercises(mdxSource: string, file: string): ExerciseSource[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDirective)
    .parse(escapeMarkdownHeadingIds(mdxSource)) as Root;
  const found: ExerciseSource[] = [];
  visit(tree, (node) => {
    if (isExerciseElement(node)) found.push(readExercise(node, file));
  });
  return found;
}
