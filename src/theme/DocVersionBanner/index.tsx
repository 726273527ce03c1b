import Link from '@docusaurus/Link';
import {
  useActivePlugin,
  useDocsPreferredVersion,
  useDocsVersion,
  useDocVersionSuggestions,
} from '@docusaurus/plugin-content-docs/client';
import { ThemeClassNames } from '@docusaurus/theme-common';
import type { WrapperProps } from '@docusaurus/types';
import { CURRENT_EDITION, editionOfVersion } from '@site/src/editions';
import DocVersionBanner from '@theme-original/DocVersionBanner';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import clsx from 'clsx';
import type { ReactNode } from 'react';

type Props = WrapperProps<typeof DocVersionBannerType>;

/**
 * Every edition is the same course, kept current (src/editions.ts), so an older edition says which
 * Python it runs instead of the theme's "no longer actively maintained", and links to the same page
 * in the current edition. Editions without a banner keep the theme's.
 */
export default function DocVersionBannerWrapper(props: Props): ReactNode {
  const edition = editionOfVersion(useDocsVersion().version);
  if (!edition.banner) return <DocVersionBanner {...props} />;
  return <EditionBanner className={props.className} text={edition.banner} />;
}

function EditionBanner({ className, text }: { className?: string; text: string }): ReactNode {
  const { pluginId } = useActivePlugin({ failfast: true })!;
  const { savePreferredVersionName } = useDocsPreferredVersion(pluginId);
  const { latestDocSuggestion, latestVersionSuggestion } = useDocVersionSuggestions(pluginId);
  const target =
    latestDocSuggestion ?? latestVersionSuggestion.docs.find((doc) => doc.id === latestVersionSuggestion.mainDocId);
  return (
    <div
      className={clsx(className, ThemeClassNames.docs.docVersionBanner, 'alert alert--info margin-bottom--md')}
      role="note">
      {text}{' '}
      {target && (
        <Link to={target.path} onClick={() => savePreferredVersionName(latestVersionSuggestion.name)}>
          This page for {CURRENT_EDITION.label}
        </Link>
      )}
    </div>
  );
}
