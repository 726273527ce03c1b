/** A short, stable id for an example: the same code on the same page always gets the same id. */
export function exampleId(language: string, originalCode: string): string {
  // FNV-1a: tiny and good enough to tell a page's examples apart.
  let hash = 0x811c9dc5;
  for (const char of `${language}\n${originalCode}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `live-${language === 'python' ? 'py' : 'ts'}-${hash.toString(36)}`;
}
