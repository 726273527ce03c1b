import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

import type { LiveCodeProps } from '../LiveCode';
import styles from './styles.module.css';

const ORDER = ['python', 'typescript'] as const;
const LABELS = { python: 'Python', typescript: 'TypeScript' } as const;

/**
 * A pair of live programs, Python and TypeScript, that show the same idea. Tabs on narrow screens;
 * side by side where the column is wide enough (a container query in the styles). The chosen
 * language syncs across the page and is remembered across pages through the Tabs groupId.
 */
export default function LiveExample({ children }: { children: ReactNode }): ReactNode {
  const blocks = Children.toArray(children).filter(
    (child): child is ReactElement<LiveCodeProps> =>
      isValidElement<LiveCodeProps>(child) && typeof child.props.language === 'string',
  );
  const ordered = ORDER.flatMap((language) => blocks.filter((block) => block.props.language === language));
  return (
    <div className={styles.example}>
      <Tabs groupId="language" className={styles.tabs} lazy={false}>
        {ordered.map((block) => (
          <TabItem key={block.props.language} value={block.props.language} label={LABELS[block.props.language]}>
            {block}
          </TabItem>
        ))}
      </Tabs>
    </div>
  );
}
