import { z } from 'zod';

/** A character offset into an article's cleaned text (spans are half-open: start ≤ i < end). */
export const Offset = z.number().int().nonnegative();

/** A calendar day as YYYY-MM-DD. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
