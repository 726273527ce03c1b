/**
 * Links into the docs version the reader is in. Docs will be versioned, so nothing here
 * hard-codes `/docs/`: paths come from the docs plugin's global data for the active version.
 */
import { useMemo } from 'react';
import { useActiveVersion, useLatestVersion, type GlobalVersion } from '@docusaurus/plugin-content-docs/client';

/** Doc id of docs/90-reference/glossary.mdx (number prefixes are stripped from ids). */
export const GLOSSARY_DOC_ID = 'reference/glossary';

/** The version being read, or the latest one on pages outside the docs. */
function useReadingVersion(): GlobalVersion {
  const active = useActiveVersion(undefined);
  const latest = useLatestVersion(undefined);
  return active ?? latest;
}

/** Looks up doc permalinks by doc id in the version being read. */
export function useDocPaths(): (docId: string) => string | undefined {
  const version = useReadingVersion();
  return useMemo(() => {
    const paths = new Map(version.docs.map((doc) => [doc.id, doc.path]));
    return (docId: string) => paths.get(docId);
  }, [version]);
}

/** The glossary page's path in the version being read. */
export function useGlossaryPath(): string {
  const version = useReadingVersion();
  return useMemo(
    () =>
      version.docs.find((doc) => doc.id === GLOSSARY_DOC_ID)?.path ??
      `${version.path.replace(/\/$/, '')}/reference/glossary`,
    [version],
  );
}
