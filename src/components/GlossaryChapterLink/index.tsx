import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { chapterTitles } from '@site/src/data/glossary/chapters';
import { chapterNumber, docIdFromFile, type ChapterSection } from '@site/src/data/glossary/terms';
import InlineMarkup from '@site/src/components/Term/InlineMarkup';
import { useDocPaths } from '@site/src/components/Term/links';

/** "Chapter N, title: section", linking to the section in the docs version being read. */
export default function GlossaryChapterLink({ section }: { section: ChapterSection }): ReactNode {
  const docPath = useDocPaths()(docIdFromFile(section.doc));
  const chapter = chapterNumber(section.doc);
  const label = (
    <>
      {chapter !== undefined && `Chapter ${chapter}, ${chapterTitles[chapter] ?? ''}: `}
      <InlineMarkup text={section.section} />
    </>
  );
  // The unit tests guarantee the file and anchor exist; a missing doc here means a version of the
  // docs without that chapter, so show the label rather than a dead link.
  return docPath ? <Link to={`${docPath}#${section.anchor}`}>{label}</Link> : <span>{label}</span>;
}
