import { ThemeClassNames } from '@docusaurus/theme-common';
import {
  TabsProvider,
  useScrollPositionBlocker,
  useTabs,
  useTabsContextValue,
} from '@docusaurus/theme-common/internal';
import { LANGUAGE_NAMES, type Language } from '@site/src/runner/types';
import TabItem from '@theme/TabItem';
import clsx from 'clsx';
import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';

import styles from './styles.module.css';

/** The tab bar, as the theme's own Tabs draw it: arrow keys move between the languages. */
function TabBar({ className }: { className?: string }): ReactNode {
  const { selectedValue, selectValue, tabValues } = useTabs();
  const tabs = useRef<(HTMLLIElement | null)[]>([]);
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();

  const choose = (index: number) => {
    const tab = tabs.current[index];
    const value = tabValues[index]!.value;
    if (!tab || value === selectedValue) return;
    // Keep the tab under the reader's pointer while every tab set of the group switches language.
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
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', styles.tabs, className)}>
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

export interface LanguageTabsProps {
  /** Tab sets of one group show the same language, on this page and on the next (the theme's `groupId`). */
  groupId: string;
  /** One panel per language, in the order of the tabs. */
  panels: readonly { language: Language; content: ReactNode }[];
  tabBarClassName?: string;
  panelsClassName?: string;
  panelClassName?: string;
}

/**
 * A panel per language behind a tab bar, with the state of the theme's Tabs (`groupId`, remembered
 * across pages). Unlike `@theme/Tabs`, the panels are not remounted after hydration: the selected
 * tab is ordinary state that starts from the same default on server and client, and remounting
 * every example on a page cost a chapter most of its load time.
 */
export default function LanguageTabs({
  groupId,
  panels,
  tabBarClassName,
  panelsClassName,
  panelClassName,
}: LanguageTabsProps): ReactNode {
  // A stable array of values keeps the tab state's memo.
  const key = panels.map((panel) => panel.language).join(' ');
  const values = useMemo(
    () => key.split(' ').map((language) => ({ value: language, label: LANGUAGE_NAMES[language as Language] })),
    [key],
  );
  const tabs = useTabsContextValue({ groupId, lazy: false, values, children: null });

  // A panel's program that must be seen (a "Try this" tip filling it, src/components/LiveCode)
  // asks for its tab with a `live-code-shown` event.
  const root = useRef<HTMLDivElement>(null);
  const { selectValue } = tabs;
  useEffect(() => {
    const element = root.current;
    const onShown = (event: Event) => selectValue((event as CustomEvent<{ language: string }>).detail.language);
    element?.addEventListener('live-code-shown', onShown);
    return () => element?.removeEventListener('live-code-shown', onShown);
  }, [selectValue]);

  return (
    <TabsProvider value={tabs}>
      <div ref={root} className={clsx(ThemeClassNames.tabs.container, 'tabs-container')}>
        <TabBar className={tabBarClassName} />
        <div className={panelsClassName}>
          {panels.map(({ language, content }) => (
            <TabItem key={language} value={language} className={panelClassName}>
              {content}
            </TabItem>
          ))}
        </div>
      </div>
    </TabsProvider>
  );
}
