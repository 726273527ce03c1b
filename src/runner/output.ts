// Where a run's output is cut: after so many lines, or so many characters, whichever comes first.
import { MAX_OUTPUT_CHARACTERS, MAX_OUTPUT_LINES, type OutputChunk, type RunOptions } from './types';

export interface OutputLimits {
  lines: number;
  characters: number;
}

/** The limits a run's options ask for, the defaults where they say nothing. */
export function outputLimits(options: Pick<RunOptions, 'maxOutputLines' | 'maxOutputCharacters'>): OutputLimits {
  return {
    lines: options.maxOutputLines ?? MAX_OUTPUT_LINES,
    characters: options.maxOutputCharacters ?? MAX_OUTPUT_CHARACTERS,
  };
}

/**
 * Passes output through until `limits.lines` complete lines or `limits.characters` characters
 * were written; anything after that is dropped and `write` returns false, so the caller can end
 * the run and show `notice`.
 */
export class OutputLimiter {
  private lines = 0;
  private characters = 0;
  private exceeded: keyof OutputLimits | undefined;

  constructor(
    private readonly limits: OutputLimits,
    private readonly emit: (chunk: OutputChunk) => void,
  ) {}

  get limitReached(): boolean {
    return this.exceeded !== undefined;
  }

  /** Said (on stderr) when the output was cut. */
  get notice(): string {
    const unit = this.exceeded ?? 'lines';
    return `\n[Stopped: the program printed more than ${this.limits[unit]} ${unit}.]\n`;
  }

  write(stream: OutputChunk['stream'], text: string): boolean {
    if (this.exceeded) return false;
    if (text === '') return true;
    if (this.lines >= this.limits.lines) return this.cut('lines');
    if (this.characters >= this.limits.characters) return this.cut('characters');
    let end = text.length;
    let reason: keyof OutputLimits | undefined;
    if (this.characters + text.length > this.limits.characters) {
      end = this.limits.characters - this.characters;
      reason = 'characters';
    }
    let count = this.lines;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
      count++;
      if (count === this.limits.lines && i + 1 < text.length) {
        end = i + 1;
        reason = 'lines';
        break;
      }
    }
    this.lines = count;
    this.characters += end;
    this.emit({ stream, text: end === text.length ? text : text.slice(0, end) });
    return reason ? this.cut(reason) : true;
  }

  private cut(reason: keyof OutputLimits): false {
    this.exceeded = reason;
    return false;
  }
}
