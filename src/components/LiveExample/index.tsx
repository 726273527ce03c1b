import LanguageTabs from '@site/src/components/LanguageTabs';
import type { Language } from '@site/src/runner/types';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

import type { LiveCodeProps } from '../LiveCode';
import styles from './styles.module.css';

const ORDER: readonly Language[] = ['python', 'typescript'];

/**
 * A pair of live programs, Python and TypeScript, that show the same idea. Tabs on narrow screens;
 * side by side where the column is wide enough (a container query in the styles). The chosen
 * language syncs across the page and is remembered across pages (`groupId`).
 */
export default function LiveExample({ children }: { children: ReactNode }): ReactNode {
  const blocks = Children.toArray(children).filter(
    (child): child is ReactElement<LiveCodeProps> =>
      isValidElement<LiveCodeProps>(child) && typeof child.props.language === 'string',
  );
  const panels = ORDER.flatMap((language) =>
    blocks.filter((block) => block.props.language === language).map((block) => ({ language, content: block })),
  );
  return (
    <div className={styles.example}>
      <LanguageTabs
        groupId="language"
        panels={panels}
        tabBarClassName={styles.tabs}
        panelsClassName={styles.panels}
        panelClassName={styles.panel}
      />
    </div>
  );
}
