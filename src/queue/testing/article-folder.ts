import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.js';

/** The built-in corpus, found from dist/queue/testing/ (three levels below the package root). */
export const corpusFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'corpus', 'minerals-deal');

export interface ArticleFolderOptions {
  /** Generated story files beside the five corpus pages. */
  stories: number;
  /** Items of the generated RSS feed; every other one repeats a story file's text. */
  feedItems: number;
  seed: number;
}

/**
 * Writes a folder of inputs for reliability tests: the five corpus pages (one holds seven
 * articles), `stories` text files stitched from corpus paragraphs, each with a line of its
 * own so no two are alike, and an RSS feed whose items partly repeat the stories.
 */
export async function writeArticleFolder(dir: string, options: ArticleFolderOptions): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(corpusFolder)).filter((n) => n.endsWith('.txt')).sort();
  const paragraphs: string[] = [];
  for (const name of names) {
    await copyFile(join(corpusFolder, name), join(dir, name));
    const text = await readFile(join(corpusFolder, name), 'utf8');
    paragraphs.push(...text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length >= 120 && !p.includes('\n')));
  }
  const random = seededRandom(options.seed);
  const story = (i: number): string => {
    const body = Array.from({ length: 4 + Math.floor(random() * 5) }, () => paragraphs[Math.floor(random() * paragraphs.length)]!);
    return [`Minerals talks, dispatch ${i}`, `Dispatch ${i} of the reliability series reports on the negotiations in Kyiv and Washington.`, ...body].join('\n\n');
  };
  const stories: string[] = [];
  for (let i = 0; i < options.stories; i++) {
    stories.push(story(i));
    await writeFile(join(dir, `story-${String(i).padStart(4, '0')}.txt`), `${stories[i]}\n`);
  }
  const items = Array.from({ length: options.feedItems }, (_, k) => {
    const text = k % 2 === 0 && stories.length > 0 ? stories[k % stories.length]! : story(options.stories + k);
    const html = text.split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('');
    return `<item><title>Feed dispatch ${k}</title><link>https://example.org/dispatch/${k}</link><pubDate>Tue, 0${1 + (k % 9)} Apr 2025 10:00:00 GMT</pubDate><description>${escapeXml(html)}</description></item>`;
  });
  const feed = join(dir, 'dispatches.xml');
  if (options.feedItems > 0) {
    await writeFile(feed, `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Dispatch Wire</title><link>https://example.org/</link><description>Test feed</description>${items.join('')}</channel></rss>\n`);
  }
  return (await readdir(dir)).sort().map((n) => join(dir, n));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
