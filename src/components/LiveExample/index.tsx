import { ThemeClassNames } from '@docusaurus/theme-common';
import {
  TabsProvider,
  useScrollPositionBlocker,
  useTabs,
  useTabsContextValue,
} from '@docusaurus/theme-common/internal';
import TabItem from '@theme/TabItem';
import clsx from 'clsx';
import {
  Children,
  isValidElement,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

import type { LiveCodeProps } from '../LiveCode';
import styles from './styles.module.css';

const ORDER = ['python', 'typescript'] as const;
const LABELS = { python: 'Python', typescript: 'TypeScript' } as const;

/** The tab bar, as the theme's own Tabs draw it: arrow keys move between the two languages. */
function LanguageTabs(): ReactNode {
  const { selectedValue, selectValue, tabValues } = useTabs();
  const tabs = useRef<(HTMLLIElement | null)[]>([]);
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();

  const choose = (index: number) => {
    const tab = tabs.current[index];
    const value = tabValues[index]!.value;
    if (!tab || value === selectedValue) return;
    // Keep the tab under the reader's pointer while every example on the page switches language.
    blockElementScrollPositionUntilNextRender(tab);
    selectValue(value);
  };
  // The WAI-ARIA tabs pattern: arrows move between tabs (wrapping), Home and End go to the ends,
  // Enter and Space choose.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const last = tabValues.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(index);
    } else if (target !== undefined) {
      event.preventDefault();
      tabs.current[target]?.focus();
    }
  };

  return (
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', styles.tabs)}>
      {tabValues.map(({ value, label }, index) => (
        <li
          key={value}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          role="tab"
          tabIndex={value === selectedValue ? 0 : -1}
          aria-selected={value === selectedValue}
          className={clsx('tabs__item', styles.tab, value === selectedValue && 'tabs__item--active')}
          onClick={() => choose(index)}
          onKeyDown={(event) => onKeyDown(event, index)}>
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A pair of live programs, Python and TypeScript, that show the same idea. Tabs on narrow screens;
 * side by side where the column is wide enough (a container query in the styles). The chosen
 * language syncs across the page and is remembered across pages, through the same `groupId`
 * state the theme's Tabs use. Unlike `@theme/Tabs`, the pair is not remounted after hydration:
 * the selected tab is ordinary state that starts from the same default on server and client, and
 * remounting every example on a page cost a chapter most of its load time.
 */
export default function LiveExample({ children }: { children: ReactNode }): ReactNode {
  const blocks = Children.toArray(children).filter(
    (child): child is ReactElement<LiveCodeProps> =>
      isValidElement<LiveCodeProps>(child) && typeof child.props.language === 'string',
  );
  const ordered = ORDER.flatMap((language) => blocks.filter((block) => block.props.language === language));
  // Which languages the pair has decides the tabs; a stable array keeps the tab state's memo.
  const hasPython = ordered.some((block) => block.props.language === 'python');
  const hasTypeScript = ordered.some((block) => block.props.language === 'typescript');
  const values = useMemo(
    () =>
      ORDER.filter((language) => (language === 'python' ? hasPython : hasTypeScript)).map((language) => ({
        value: language,
        label: LABELS[language],
      })),
    [hasPython, hasTypeScript],
  );
  const tabs = useTabsContextValue({ groupId: 'language', lazy: false, values, children: null });

  // An example that a "Try this" tip fills (LiveCode's registry) asks for its tab to be shown.
  const root = useRef<HTMLDivElement>(null);
  const { selectValue } = tabs;
  useEffect(() => {
    const element = root.current;
    const onShown = (event: Event) => selectValue((event as CustomEvent<{ language: string }>).detail.language);
    element?.addEventListener('live-code-shown', onShown);
    return () => element?.removeEventListener('live-code-shown', onShown);
  }, [selectValue]);

  return (
    <div ref={root} className={styles.example}>
      <TabsProvider value={tabs}>
        <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container')}>
          <LanguageTabs />
          <div className={styles.panels}>
            {ordered.map((block) => (
              <TabItem key={block.props.language} value={block.props.language} className={styles.panel}>
                {block}
              </TabItem>
            ))}
          </div>
        </div>
      </TabsProvider>
    </div>
  );
}
