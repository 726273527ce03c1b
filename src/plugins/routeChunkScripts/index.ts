import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Plugin } from '@docusaurus/types';
import { parse } from 'acorn';

/**
 * Docusaurus renders each page's HTML with only `runtime~main` and `main` as scripts: the SSR
 * manifest is keyed by chunk names, the loadable modules it is asked about by module paths, so the
 * route's own chunks are never listed (in the stock template too). The browser then learns of them
 * only once `main.js` runs, which creates their script elements as part of its start-up task and
 * starts their download a round trip late. This plugin lists each page's route chunks in its HTML,
 * before `main.js`: they download with it and are in place when it runs.
 */

/** One route of `.docusaurus/routes.js`: its key in routesChunkNames.json and its child routes. */
export interface RouteNode {
  path: string;
  key: string;
  routes: RouteNode[];
}

interface ClientManifest {
  origins: Record<string, string[]>;
  assets: Record<string, { js?: { file: string }[] }>;
}

type ChunkNames = string | { [key: string]: ChunkNames };

type Node = { type: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && 'type' in value;

function literal(node: unknown): string | undefined {
  return isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}

function toRoute(node: Node): RouteNode | undefined {
  if (node.type !== 'ObjectExpression') return undefined;
  let path: string | undefined;
  let key: string | undefined;
  let routes: RouteNode[] = [];
  for (const property of node.properties as Node[]) {
    const name = isNode(property.key)
      ? ((property.key.name as string | undefined) ?? literal(property.key))
      : undefined;
    const value = property.value as Node;
    if (name === 'path') path = literal(value);
    if (name === 'component' && value.type === 'CallExpression') {
      const [routePath, hash] = (value.arguments as Node[]).map(literal);
      if (routePath !== undefined && hash !== undefined) key = `${routePath}-${hash}`;
    }
    if (name === 'routes' && value.type === 'ArrayExpression') routes = parseRouteArray(value);
  }
  return path !== undefined && key !== undefined ? { path, key, routes } : undefined;
}

function parseRouteArray(node: Node): RouteNode[] {
  return (node.elements as Node[]).map(toRoute).filter((route): route is RouteNode => route !== undefined);
}

/** The route tree that Docusaurus generated (`.docusaurus/routes.js`). */
export function parseRoutes(source: string): RouteNode[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node;
  for (const statement of program.body as Node[]) {
    if (statement.type === 'ExportDefaultDeclaration' && isNode(statement.declaration)) {
      if (statement.declaration.type === 'ArrayExpression') return parseRouteArray(statement.declaration);
    }
  }
  throw new Error('routeChunkScripts: .docusaurus/routes.js has no exported route array');
}

/** Each page (a route without children) with the chain of routes that renders it. */
export function pageChains(routes: RouteNode[], parents: RouteNode[] = []): Map<string, RouteNode[]> {
  const pages = new Map<string, RouteNode[]>();
  for (const route of routes) {
    const chain = [...parents, route];
    if (route.routes.length > 0) {
      for (const [path, child] of pageChains(route.routes, chain)) pages.set(path, child);
    } else {
      pages.set(route.path, chain);
    }
  }
  return pages;
}

function chunkNamesOf(names: ChunkNames | undefined): string[] {
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : Object.values(names).flatMap(chunkNamesOf);
}

/** The script files, in order and without repeats, that a chain of routes loads. */
export function chainScripts(
  chain: RouteNode[],
  routesChunkNames: Record<string, ChunkNames>,
  manifest: ClientManifest,
): string[] {
  const files: string[] = [];
  for (const route of chain) {
    for (const name of chunkNamesOf(routesChunkNames[route.key])) {
      for (const chunkId of manifest.origins[name] ?? []) {
        for (const { file } of manifest.assets[chunkId]?.js ?? []) {
          if (!files.includes(file)) files.push(file);
        }
      }
    }
  }
  return files;
}

/** The page's HTML with `scripts` placed right before its `main` script. */
export function withScripts(html: string, scripts: string[], baseUrl: string): string {
  const main = /<script src=["']?[^"'\s>]*\/main\.[0-9a-f]+\.js["']? defer><\/script>/.exec(html);
  if (!main) throw new Error('routeChunkScripts: no main script in a page');
  const tags = scripts.map((file) => `<script src="${baseUrl}${file}" defer></script>`).join('');
  return html.slice(0, main.index) + tags + html.slice(main.index);
}

function htmlFileOf(outDir: string, path: string): string | undefined {
  const candidates = path === '/' ? ['index.html'] : [`${path}.html`, join(path, 'index.html')];
  return candidates.map((candidate) => join(outDir, candidate)).find((file) => existsSync(file));
}

export default function routeChunkScripts(): Plugin {
  return {
    name: 'route-chunk-scripts',
    postBuild({ outDir, generatedFilesDir, baseUrl }) {
      const read = (file: string): string => readFileSync(join(generatedFilesDir, file), 'utf8');
      const manifest = JSON.parse(read('client-manifest.json')) as ClientManifest;
      const routesChunkNames = JSON.parse(read('routesChunkNames.json')) as Record<string, ChunkNames>;
      for (const [path, chain] of pageChains(parseRoutes(read('routes.js')))) {
        const file = htmlFileOf(outDir, path.slice(baseUrl.length - 1));
        if (!file) continue;
        const scripts = chainScripts(chain, routesChunkNames, manifest);
        writeFileSync(file, withScripts(readFileSync(file, 'utf8'), scripts, baseUrl));
      }
    },
  };
}
