import type { ClassifiedLine, LineKind } from '../../model/line.js';
import { isHeadlineShaped } from './line-shape.js';

/**
 * The classified lines of one page with their neighbours precomputed, so context rules can look
 * around a line in constant time. Blank status never changes, so the neighbour links stay valid.
 */
export class LineView {
  readonly lines: ClassifiedLine[];
  /** Trimmed text of each line. */
  readonly texts: string[];
  private readonly prevContent: Int32Array;
  private readonly nextContent: Int32Array;
  /** isHeadlineShaped per line, computed on first use (several rules ask): 0 unknown, 1 yes, 2 no. */
  private readonly headline: Uint8Array;

  constructor(lines: ClassifiedLine[], texts: string[] = lines.map((l) => l.text.trim())) {
    this.lines = lines;
    this.texts = texts;
    const n = lines.length;
    this.headline = new Uint8Array(n);
    this.prevContent = new Int32Array(n);
    this.nextContent = new Int32Array(n);
    let last = -1;
    for (let i = 0; i < n; i++) {
      this.prevContent[i] = last;
      if (lines[i]!.kind !== 'blank') last = i;
    }
    last = -1;
    for (let i = n - 1; i >= 0; i--) {
      this.nextContent[i] = last;
      if (lines[i]!.kind !== 'blank') last = i;
    }
  }

  get length(): number {
    return this.lines.length;
  }

  /** Index of the nearest non-blank line before `at`, or -1. */
  prev(at: number): number {
    return this.prevContent[at] ?? -1;
  }

  /** Index of the nearest non-blank line after `at`, or -1. */
  next(at: number): number {
    return this.nextContent[at] ?? -1;
  }

  kind(at: number): LineKind | null {
    return at >= 0 && at < this.lines.length ? this.lines[at]!.kind : null;
  }

  rule(at: number): string | null {
    return at >= 0 && at < this.lines.length ? this.lines[at]!.rule : null;
  }

  text(at: number): string {
    return this.texts[at] ?? '';
  }

  /** The line's text is shaped like a headline (see isHeadlineShaped). */
  isHeadline(at: number): boolean {
    if (at < 0 || at >= this.lines.length) return false;
    if (this.headline[at] === 0) this.headline[at] = isHeadlineShaped(this.text(at)) ? 1 : 2;
    return this.headline[at] === 1;
  }

  /** A body line no rule has claimed yet: the only lines context rules may reclassify. */
  isUnclaimedBody(at: number): boolean {
    const line = this.lines[at];
    return line !== undefined && line.kind === 'body' && line.rule === null;
  }

  set(at: number, kind: LineKind, rule: string): void {
    const line = this.lines[at]!;
    line.kind = kind;
    line.rule = rule;
  }
}
