import type { OutputChunk } from './types';

/**
 * Passes output through until `maxLines` complete lines were written; anything after that is
 * dropped and `write` returns false, so the caller can end the run.
 */
export class OutputLimiter {
  private lines = 0;
  private exceeded = false;

  constructor(
    private readonly maxLines: number,
    private readonly emit: (chunk: OutputChunk) => void,
  ) {}

  get limitReached(): boolean {
    return this.exceeded;
  }

  write(stream: OutputChunk['stream'], text: string): boolean {
    if (this.exceeded) return false;
    if (text === '') return true;
    if (this.lines >= this.maxLines) {
      this.exceeded = true;
      return false;
    }
    let cut = -1;
    let count = this.lines;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      count++;
      if (count === this.maxLines) {
        cut = i + 1;
        break;
      }
    }
    if (cut !== -1 && cut < text.length) {
      this.lines = this.maxLines;
      this.exceeded = true;
      this.emit({ stream, text: text.slice(0, cut) });
      return false;
    }
    this.lines = count;
    this.emit({ stream, text });
    return true;
  }
}
