import { MEDIUM_RULES } from './rules/medium-rules.js';

/** A channel named in a frame, located in the text. */
export interface Medium {
  text: string;
  start: number;
  end: number;
  rule: string;
}

/** The first channel the frame's words name ("on Truth Social", "tell Axios"); `offset` locates the words. */
export function findMedium(frameText: string, offset: number): Medium | null {
  for (const rule of MEDIUM_RULES) {
    const m = rule.pattern.exec(frameText);
    const found = m?.groups?.medium;
    if (!m || !found) continue;
    const at = m.index + m[0].indexOf(found);
    return { text: found, start: offset + at, end: offset + at + found.length, rule: rule.id };
  }
  return null;
}
