import type { LanguageRule, WordListRule } from './rule.js';

/** How a run of capitalised words becomes a person, an organisation or a candidate name. */
export const NAME_RULES: readonly LanguageRule[] = [
  {
    id: 'titled-name',
    reason: 'Capitalised words right after a title, rank or honorific are a person\'s name ("Treasury Secretary Scott Bessent", "President Trump").',
    examples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv.', 'President Trump said on Wednesday night.'],
    counterExamples: ['The President Tuesday said.', 'The president said.'],
  },
  {
    id: 'honorific-name',
    reason: 'Capitalised words after Mr, Ms, Dr … are a person\'s name.',
    examples: ['Ms Hewitt told GMTV\'s Sunday programme.'],
    counterExamples: ['Dear Sir, thank you for writing.'],
  },
  {
    id: 'given-name-surname',
    reason: 'Two to four capitalised words whose first is not an English word (a given name) or an initial are a person\'s name.',
    examples: ['Marco Rubio and Steve Witkoff met Russian officials.', 'George W. Bush spoke.'],
    counterExamples: ['Truth Social carried the post.', 'Fox News reported it.', 'Sunday Morning Futures aired.'],
  },
  {
    id: 'known-surname',
    reason: 'A capitalised word equal to the surname of a person named in the same article is that person ("Bessent", "Trump\'s").',
    examples: ['Scott Bessent visited. Bessent said it was done.'],
    counterExamples: ['Scott Bessent visited. Kellogg said it was done.'],
  },
  {
    id: 'name-candidate',
    reason: 'A lone capitalised word that is not an English word may be a surname named in another article, or an outlet; stage 07 decides.',
    examples: ['The US official said Kellogg’s visit had led to meetings.'],
    counterExamples: ['The official said the visit had led to meetings.'],
  },
];

/** Lower-case particles inside names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES: WordListRule = {
  id: 'name-particle',
  words: ['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'la', 'le', 'ben', 'abu', 'ter'],
  reason: 'Particles continue a name instead of ending it.',
  examples: ['Ursula von der Leyen said.'],
  counterExamples: ['Scott Bessent of the Treasury said.'],
};

/** Words that are capitalised but never a name: weekdays, months, and sentence openers. */
export const NOT_NAMES: WordListRule = {
  id: 'not-a-name',
  words: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.',
    'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'god', 'christmas', 'easter', 'ramadan',
    'i', 'ok', 'tv',
  ],
  reason: 'Weekdays and months are capitalised but never name a person.',
  examples: ['The President Tuesday said.'],
  counterExamples: ['President Trump said.'],
};
