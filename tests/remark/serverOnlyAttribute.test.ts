import { compile } from '@mdx-js/mdx';
import { SERVER_BUNDLE_FLAG, serverOnlyAttribute } from '@site/src/remark/serverOnlyAttribute';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, test } from 'vitest';

/** A remark plugin that appends <Box html={…}> with the attribute under test. */
function appendBox(value: string) {
  return () => (tree: Root) => {
    const box: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Box',
      attributes: [serverOnlyAttribute('html', value)],
      children: [],
    };
    tree.children.push(box as unknown as Root['children'][number]);
  };
}

/** Runs compiled MDX with the flag set as one bundle would, and returns the props Box got. */
async function propsInBundle(value: string, isServer: boolean): Promise<Record<string, unknown>> {
  const compiled = String(await compile('Text.', { remarkPlugins: [appendBox(value)], outputFormat: 'function-body' }));
  let received: Record<string, unknown> = {};
  const runtime = {
    Fragment: Symbol('Fragment'),
    jsx: (type: unknown, props: Record<string, unknown>) => {
      if (type === 'Box') received = props;
      return null;
    },
    jsxs: () => null,
  };
  const run = new Function(SERVER_BUNDLE_FLAG, 'runtime', `return (function () {\n${compiled}\n})(runtime);`) as (
    flag: boolean,
    runtime: unknown,
  ) => { default: (props: unknown) => unknown };
  run(isServer, runtime).default({ components: { Box: 'Box' } });
  return received;
}

describe('serverOnlyAttribute', () => {
  const html = '<span class="token">"quoted" &amp; \\ </span>';

  test('the server bundle gets the value exactly', async () => {
    expect((await propsInBundle(html, true)).html).toBe(html);
  });

  test('the browser bundle gets undefined', async () => {
    expect((await propsInBundle(html, false)).html).toBeUndefined();
  });
});
