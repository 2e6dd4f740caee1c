// Word lists the line rules are built from: general knowledge of news pages, not of any one story.

/** Photo agencies and wires that appear in photo credits ("Name/AP", "Getty Images"). */
export const PHOTO_AGENCIES: readonly string[] = [
  'AP', 'AFP', 'Reuters', 'REUTERS', 'Getty Images', 'Getty', 'EPA', 'EPA-EFE', 'Bloomberg', 'Pool',
  'Shutterstock', 'Sipa', 'Sipa USA', 'NurPhoto', 'ZUMA', 'ZUMA Press', 'Anadolu', 'Anadolu Agency',
  'Xinhua', 'TASS', 'Sputnik', 'AP Images', 'Alamy', 'PA', 'PA Images', 'Redux', 'Polaris', 'UPI',
];

/** Words that never appear in a names-only caption line ("Trump Zelensky"), so subheads are spared. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'as', 'into', 'over', 'after', 'before', 'about', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its',
  'this', 'that', 'these', 'those', 'what', 'why', 'how', 'who', 'when', 'where', 'which', 'not', 'no',
  'more', 'next', 'new', 'our', 'your', 'we', 'you', 'they', 'he', 'she', 'his', 'her', 'their', 'up',
  'out', 'all', 'can', 'will', 'has', 'have', 'had', 'do', 'does', 'did', 'said', 'says', 'if', 'than',
  'quick', 'look', 'looks', 'deep', 'happens', 'matters', 'know', 'saying', 'background', 'conclusion',
  'introduction', 'summary', 'analysis', 'update', 'updates', 'live', 'watch', 'read', 'share',
]);

/** Job titles of the people whose bios close a page ("X is an Evening Politics Editor at …"). */
export const BIO_ROLES: readonly string[] = [
  'editor', 'reporter', 'correspondent', 'writer', 'columnist', 'journalist', 'contributor', 'producer',
  'anchor', 'host', 'fellow', 'professor', 'analyst', 'author', 'intern', 'photographer', 'critic',
  'commentator', 'strategist', 'adviser', 'advisor', 'researcher', 'director', 'economist', 'scholar',
  'lecturer', 'blogger', 'freelancer',
];

/** Social networks named in "Follow her on Twitter" prompts. */
export const SOCIAL_NETWORKS: readonly string[] = [
  'Twitter', 'X', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'LinkedIn', 'TikTok', 'Mastodon', 'YouTube',
];

/** Escapes a literal for use inside a `u`-flag RegExp source (which rejects needless escapes like \-). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `Editor` → `[Ee]ditor`: case-insensitive on the first letter without the `i` flag (which breaks \p{Lu}). */
export function eitherCase(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${escapeRegExp(word.slice(1))}`;
}

/** An alternation group of literals, longest first so "Getty Images" wins over "Getty". */
export function alternation(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}
