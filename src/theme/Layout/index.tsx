import type { ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof LayoutType>;

/**
 * The local-search plugin's search page renders its results straight into the layout, without the
 * `<main>` landmark every other page has; screen-reader users could not jump to the results. Here
 * the search page's content gets that landmark (and the skip link lands on it).
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const searchPage = useBaseUrl('/search');
  const { pathname } = useLocation();
  if (pathname.replace(/\/$/, '') !== searchPage) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
