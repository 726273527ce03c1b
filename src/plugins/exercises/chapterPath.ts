/** A chapter folder's path in URLs, and the key of its exercises: "01-iterators" → "iterators". */
export function chapterPath(folder: string): string {
  return folder.replace(/^\d+-/, '');
}
