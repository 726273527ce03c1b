/**
 * <Term> rendered on the server, as the static build does: a known id links into the glossary of
 * the docs version being read; an unknown id throws, failing the build.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// Stand-ins for the Docusaurus client modules, which only exist inside a Docusaurus bundle.
const collectedLinks: string[] = [];
vi.mock('@docusaurus/useBrokenLinks', () => ({
  default: () => ({ collectLink: (link: string) => collectedLinks.push(link), collectAnchor: () => undefined }),
}));
vi.mock('@docusaurus/router', () => ({ useHistory: () => ({ push: () => undefined }) }));
vi.mock('@docusaurus/plugin-content-docs/client', () => {
  const version = {
    name: '1.0',
    path: '/base/docs/1.0',
    docs: [{ id: 'reference/glossary', path: '/base/docs/1.0/reference/glossary' }],
  };
  return { useActiveVersion: () => version, useLatestVersion: () => version };
});

const { default: Term } = await import('@site/src/components/Term');

describe('<Term>', () => {
  it('links to the entry in the glossary of the version being read', () => {
    const html = renderToStaticMarkup(createElement(Term, { id: 'awaitable' }, 'awaitables'));
    expect(html).toContain('href="/base/docs/1.0/reference/glossary#awaitable"');
    expect(html).toContain('>awaitables</a>');
  });

  it('hands its link to the build broken-link check, so a missing glossary anchor fails the build', () => {
    collectedLinks.length = 0;
    renderToStaticMarkup(createElement(Term, { id: 'awaitable' }, 'awaitables'));
    expect(collectedLinks).toEqual(['/base/docs/1.0/reference/glossary#awaitable']);
  });

  it('serves its definition hidden and tied to the link, so the first focus already describes it', () => {
    const html = renderToStaticMarkup(createElement(Term, { id: 'awaitable' }, 'awaitables'));
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`<span role="tooltip" id="${describedBy}" hidden=""`));
    expect(html).not.toContain('title=');
  });

  it('throws a clear error for an unknown id', () => {
    expect(() => renderToStaticMarkup(createElement(Term, { id: 'awaitible' }, 'x'))).toThrowError(
      /Unknown glossary id "awaitible"/,
    );
  });
});
