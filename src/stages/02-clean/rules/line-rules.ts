import type { LineRule } from './rule-types.js';
import { BODY_RULES } from './body.js';
import { BIO_RULES } from './bios.js';
import { CREDIT_RULES } from './credits.js';
import { LEGAL_RULES } from './legal.js';
import { PROMPT_RULES } from './prompts.js';
import { NOTICE_RULES } from './notices.js';
import { CAPTION_RULES } from './captions.js';
import { RELATED_RULES } from './related.js';
import { NAVIGATION_RULES } from './navigation.js';

/**
 * Every text-only rule in the order they are tried; the first match decides. Body rules come first
 * so a dateline is never taken for furniture; bios precede related links ("… Read more" teasers).
 */
export const LINE_RULES: readonly LineRule[] = [
  ...BODY_RULES,
  ...BIO_RULES,
  ...CREDIT_RULES,
  ...LEGAL_RULES,
  ...PROMPT_RULES,
  ...NOTICE_RULES,
  ...CAPTION_RULES,
  ...RELATED_RULES,
  ...NAVIGATION_RULES,
];

export const LINE_RULES_BY_ID: ReadonlyMap<string, LineRule> = new Map(LINE_RULES.map((r) => [r.id, r]));
