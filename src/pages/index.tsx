import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import ChapterList from '@site/src/components/ChapterList';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

import styles from './index.module.css';

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout
      title="Learn async Python by running it"
      description="A tutorial on async programming in Python: iterators, generators, yield from, event loops, futures, async/await and asyncio, with every example live in Python and TypeScript in your browser.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.lead}>
            A tutorial that explains async programming in Python by building it: iterators, generators, hand-written
            event loops and futures first, then async/await and asyncio.
          </p>
          <p className={styles.lead}>
            Every idea comes as a Python program and its TypeScript twin that you can edit and run right here in the
            page, with no install and no server.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/introduction">
              Start the tutorial
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/reference/glossary">
              Open the glossary
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <ChapterList />
      </main>
    </Layout>
  );
}
