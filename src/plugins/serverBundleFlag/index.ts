import type { Plugin } from '@docusaurus/types';

import { SERVER_BUNDLE_FLAG } from '../../remark/serverOnlyAttribute';

/**
 * Defines `__SERVER_BUNDLE__`: `true` while bundling the server renderer, `false` for the browser
 * (and in `docusaurus start`, which has no server bundle). The bundler folds the conditions on it,
 * so a value meant for the HTML only (src/remark/serverOnlyAttribute.ts) is left out of the
 * browser's JavaScript.
 */
export default function serverBundleFlag(): Plugin {
  return {
    name: 'server-bundle-flag',
    configureWebpack(_config, isServer, { currentBundler }) {
      return {
        plugins: [new currentBundler.instance.DefinePlugin({ [SERVER_BUNDLE_FLAG]: JSON.stringify(isServer) })],
      };
    },
  };
}
