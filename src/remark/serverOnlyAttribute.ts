import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';

/**
 * The name src/plugins/serverBundleFlag defines: `true` in the server bundle, which renders the
 * pages' HTML, and `false` in the browser's.
 */
export const SERVER_BUNDLE_FLAG = '__SERVER_BUNDLE__';

/**
 * A JSX attribute whose value only the server bundle carries: `name={__SERVER_BUNDLE__ ? value :
 * undefined}`. The browser's bundle drops the string, so markup the server puts in the HTML, such
 * as build-time highlighting, is not shipped a second time as JavaScript.
 */
export function serverOnlyAttribute(name: string, value: string): MdxJsxAttribute {
  const literal = JSON.stringify(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `${SERVER_BUNDLE_FLAG} ? ${literal} : undefined`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExpressionStatement',
              expression: {
                type: 'ConditionalExpression',
                test: { type: 'Identifier', name: SERVER_BUNDLE_FLAG },
                consequent: { type: 'Literal', value, raw: literal },
                alternate: { type: 'Identifier', name: 'undefined' },
              },
            },
          ],
        },
      },
    },
  };
}
