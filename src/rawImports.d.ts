// `import text from './file.py?raw'`: the file's text, loaded by the bundler (the rawSource
// plugin, src/plugins/rawSource) and by Vitest (built in).
declare module '*?raw' {
  const text: string;
  export default text;
}
