import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import { themes as prismThemes } from 'prism-react-renderer';

import { EDITIONS } from './src/editions';
import compileHints from './src/plugins/compileHints';
import deferPrismLanguages from './src/plugins/deferPrismLanguages';
import exercises from './src/plugins/exercises';
import rawSource from './src/plugins/rawSource';
import routeChunkScripts from './src/plugins/routeChunkScripts';
import serverBundleFlag from './src/plugins/serverBundleFlag';
import remarkEditions from './src/remark/editions';
import remarkExercise from './src/remark/exercise';
import remarkLiveCode from './src/remark/liveCode';
import remarkStaticCodeBlocks from './src/remark/staticCodeBlocks';
import remarkTryThis from './src/remark/tryThis';

// Where the site is published. GitHub Pages sets both in the deploy workflow; locally the defaults
// serve the site from the root of localhost.
// Prism themes whose every token colour passes WCAG AA (4.5:1) on every background code sits on:
// the code block, its highlighted lines, and the page or admonition behind a line that runs past
// the code's box (tests/config/prismThemes.test.ts). The colours that did not are moved towards
// black (light) or white (dark) just far enough, keeping their hue; later rules win.
const lightCodeTheme = {
  ...prismThemes.vsLight,
  styles: [
    ...prismThemes.vsLight.styles,
    { types: ['attr-name'], style: { color: '#c00000' } },
    { types: ['comment'], style: { color: '#007a00' } },
    { types: ['builtin'], style: { color: '#006ab7' } },
    { types: ['number', 'variable', 'inserted'], style: { color: '#08774e' } },
    { types: ['class-name'], style: { color: '#227188' } },
  ],
};
const darkCodeTheme = {
  ...prismThemes.oceanicNext,
  styles: [
    ...prismThemes.oceanicNext.styles,
    { types: ['comment', 'block-comment', 'prolog', 'doctype', 'cdata', 'shebang'], style: { color: '#b7b7b7' } },
    { types: ['property', 'number', 'function-name', 'constant', 'symbol', 'deleted'], style: { color: '#90bcdf' } },
    { types: ['boolean'], style: { color: '#ff9f6e' } },
    { types: ['tag'], style: { color: '#fc9ca7' } },
    { types: ['attr-name', 'keyword'], style: { color: '#cbaecb' } },
    { types: ['function'], style: { color: '#84bcf3' } },
  ],
};
const codeThemes = { light: lightCodeTheme, dark: darkCodeTheme };

const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';
const repositoryUrl =
  process.env.REPOSITORY_URL ?? 'https://github.com/async-by-running-code/async-python-by-running-code';

const config: Config = {
  title: 'Async Python, by running it',
  tagline:
    'Iterators, generators, event loops, futures and asyncio, built by hand and run in your browser, in Python and TypeScript.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  // Rspack, SWC and Lightning CSS: a cold build in seconds instead of most of a minute.
  future: { v4: true, faster: true },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    mermaid: true,
    // Chapters use the classic `## Heading {#anchor}` ids: short to write, stable to link to.
    mdx1Compat: { comments: false, admonitions: false, headingIds: true },
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // Each edition's own text first (<Edition>, <EditionNote>), before the theme's plugins
          // build admonitions and the table of contents.
          beforeDefaultRemarkPlugins: [remarkEditions],
          // Exercises first (their fences are programs and checks, not examples), then tips' edits
          // (they name the live fences they change), then the live fences; then the ordinary ones
          // are highlighted at build time.
          remarkPlugins: [
            [remarkExercise, { themes: codeThemes }],
            remarkTryThis,
            [remarkLiveCode, { themes: codeThemes }],
            [remarkStaticCodeBlocks, { themes: codeThemes }],
          ],
          showLastUpdateTime: false,
          // One edition per Python (src/editions.ts). Every edition is generated from docs/, so
          // "Edit this page" opens the file in docs/ whichever edition it is read in.
          editUrl: ({ docPath }) => `${repositoryUrl}/edit/main/docs/${docPath}`,
          lastVersion: 'current',
          versions: Object.fromEntries(
            EDITIONS.map((edition) => [edition.version, { label: edition.label, path: edition.path, banner: 'none' }]),
          ),
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', './src/css/icons.css', './src/css/build-time-highlighting.css'] },
        sitemap: { lastmod: null, changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [deferPrismLanguages, serverBundleFlag, routeChunkScripts, compileHints, rawSource, exercises],
  clientModules: ['./src/clientModules/idlePrefetch.ts'],

  themes: [
    '@docusaurus/theme-live-codeblock',
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        docsRouteBasePath: '/docs',
        // Keep the index to prose and headings: program text and outputs would swamp it, and each
        // glossary term's hidden definition would put every definition on every chapter page.
        ignoreCssSelectors: ['.live-code', '.theme-code-block', '.mermaid-container', 'svg', '[role="tooltip"]'],
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchResultLimits: 10,
        // The "ctrl K" hint is drawn in a colour that fails contrast; the shortcut still works.
        searchBarShortcutHint: false,
      } satisfies SearchOptions,
    ],
  ],

  themeConfig: {
    metadata: [
      {
        name: 'keywords',
        content: 'python, asyncio, async, await, generators, coroutines, event loop, typescript, tutorial',
      },
    ],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'Async Python, by running it',
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'tutorial', position: 'left', label: 'Tutorial' },
        { type: 'doc', docId: 'reference/glossary', position: 'left', label: 'Glossary' },
        { type: 'docsVersionDropdown', position: 'right' },
        { type: 'search', position: 'right' },
        {
          href: repositoryUrl,
          position: 'right',
          className: 'header-github-link',
          'aria-label': 'Source code on GitHub',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Tutorial',
          items: [
            { label: 'Start here', to: '/docs/introduction' },
            { label: 'Glossary', to: '/docs/reference/glossary' },
          ],
        },
        {
          title: 'Reading list',
          items: [
            {
              label: 'How the heck does async/await work in Python 3.5?',
              href: 'https://snarky.ca/how-the-heck-does-async-await-work-in-python-3-5/',
            },
            {
              label: 'A tale of event loops',
              href: 'https://github.com/AndreLouisCaron/a-tale-of-event-loops',
            },
            { label: 'PEP 342, 380, 492, 525, 530, 3156', href: 'https://peps.python.org/pep-0492/' },
            { label: 'asyncio documentation', href: 'https://docs.python.org/3/library/asyncio.html' },
          ],
        },
        {
          title: 'Project',
          items: [
            { label: 'Source code', href: repositoryUrl },
            { label: 'Licence: Apache-2.0', href: `${repositoryUrl}/blob/main/LICENSE` },
          ],
        },
      ],
      copyright:
        'Text and code licensed under the Apache License, Version 2.0. Based on the idea of Jordan Moldow’s python3-async-tutorial.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['python', 'bash'],
    },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
    liveCodeBlock: { playgroundPosition: 'bottom' },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
