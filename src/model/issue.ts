import { z } from 'zod';

/**
 * A problem with one input or one document. Errors are data with a stable code and a hint,
 * so one bad document never stops a run.
 */
export const InputIssue = z.object({
  input: z.string(),
  code: z.string(),
  message: z.string(),
  hint: z.string().nullable().default(null),
  stage: z.string().nullable().default(null),
});
export type InputIssue = z.infer<typeof InputIssue>;

export function inputIssue(input: string, code: string, message: string, hint: string | null = null, stage: string | null = null): InputIssue {
  return { input, code, message, hint, stage };
}
