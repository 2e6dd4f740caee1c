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
    reason: 'Two to four capitalised words whose first is not an English word (a given name) or an initial, or with a middle initial, are a person\'s name.',
    examples: ['Marco Rubio and Steve Witkoff met Russian officials.', 'George W. Bush arrived.'],
    counterExamples: ['Truth Social carried the post.', 'Fox News reported it.', 'Sunday Morning Futures aired.', 'A mid-afternoon announcement from Utah Republican Sen. Mitt Romney came.'],
  },
  {
    id: 'apposition-name',
    reason: 'Capitalised words set off by commas beside a title are a person\'s name ("Harry Ho-jen Tseng, Taiwan\'s deputy foreign minister,").',
    examples: ['Harry Ho-jen Tseng, Taiwan’s deputy foreign minister, said.', 'Ukraine’s foreign minister, Andrii Sybiha, posted.'],
    counterExamples: ['Harry Ho-jen Tseng said.'],
  },
  {
    id: 'speaker-name',
    reason: 'Two or three capitalised words right before "said", "told", "added" … (or after "said") are a person\'s name, even when each is also an English word ("Mike Waltz said").',
    examples: ['Mike Waltz said, noting he has been talking to his counterpart.', '"It is over," said Tony Blair.', 'The deal is dead, according to Tony Blair.'],
    counterExamples: ['Mike Waltz met him.', 'The New York Times said so.', 'He said New Hampshire voters would decide.'],
  },
  {
    id: 'known-surname',
    reason: 'A capitalised word equal to the surname of a person named in the same article is that person ("Bessent", "Trump\'s").',
    examples: ['On Monday, Scott Bessent visited Kyiv. Bessent said it was done.'],
    counterExamples: ['On Monday, Scott Bessent visited Kyiv. Kellogg said it was done.'],
  },
  {
    id: 'name-candidate',
    reason: 'A lone capitalised word that is not an English word may be a surname named in another article, or an outlet; stage 07 decides.',
    examples: ['The US official said Kellogg’s visit had led to meetings.'],
    counterExamples: ['The official said the visit had led to meetings.'],
  },
];

/** Months that are also surnames ("Theresa May", "Brian May"): allowed inside a name, never first. */
export const MONTH_SURNAMES: WordListRule = {
  id: 'month-surname',
  words: ['may', 'june', 'april', 'august', 'march'],
  reason: 'A month after a given name is a surname ("Theresa May"); at the start of a run it is a date ("May 5").',
  examples: ['Home Secretary Theresa May said so.'],
  counterExamples: ['In May the talks resumed.'],
};

/** Last words that make a run of capitalised words a place ("Wilmslow Road", "Stansted Airport"), and first words that open one. */
export const PLACE_WORDS: WordListRule = {
  id: 'place-name',
  // No word that is also a common surname (Hill, Green, West, Park, Castle, Church).
  words: [
    'road', 'street', 'avenue', 'square', 'bay', 'airport', 'station', 'cathedral', 'abbey', 'chapel', 'hospital', 'island',
    'islands', 'river', 'lake', 'mountain', 'mountains', 'valley', 'palace', 'stadium', 'arena', 'central', 'heights',
    'harbour', 'harbor', 'county', 'province', 'region', 'district', 'city', 'village', 'strait', 'sea', 'ocean', 'gulf',
    'peninsula', 'coast', 'desert', 'canal', 'prison', 'embassy',
  ],
  reason: 'Places end in a word for the kind of place they are; they are not people.',
  examples: ['Protesters gathered on Wilmslow Road.', 'Stansted Airport was closed.'],
  counterExamples: ['Wilma Roadley spoke.', 'Fiona Hill testified.'],
};

/** First words that open a place name, never a given name ("St Pancras", "Mount Everest"). */
export const PLACE_OPENERS: WordListRule = {
  id: 'place-opener',
  words: ['st', 'st.', 'mount', 'mt', 'mt.', 'lake', 'fort', 'cape', 'port', 'point', 'saint'],
  reason: '"St Pancras" and "Mount Everest" are places; the first word is not a given name.',
  examples: ['Trains left St Pancras.'],
  counterExamples: ['Stan Pancras spoke.'],
};

/** Lower-case particles inside names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES: WordListRule = {
  id: 'name-particle',
  words: ['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'la', 'le', 'ben', 'abu', 'ter'],
  reason: 'Particles continue a name instead of ending it.',
  examples: ['Ursula von der Leyen said.'],
  counterExamples: ['Scott Bessent of the Treasury said.'],
};

/** Closed-class words: capitalised only at a sentence start, never the first word of a name. */
export const FUNCTION_WORDS: WordListRule = {
  id: 'function-word',
  words: [
    'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of',
    'to', 'by', 'with', 'from', 'after', 'before', 'since', 'until', 'despite', 'although', 'though', 'because', 'during',
    'under', 'over', 'between', 'among', 'amid', 'against', 'without', 'within', 'about', 'into', 'through', 'this', 'that',
    'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there',
    'here', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'also', 'still', 'however', 'meanwhile',
    'instead', 'even', 'why', 'what', 'who', 'whom', 'whose', 'how', 'where', 'which', 'then', 'now', 'only', 'just',
    'such', 'other', 'another', 'more', 'less', 'few', 'several', 'any', 'according', 'following', 'speaking', 'asked',
  ],
  reason: 'A capital on "The", "But", "Despite" marks a sentence start, not a name.',
  examples: ['Despite Kellogg Brown\'s efforts, talks failed.'],
  counterExamples: ['Kellogg Brown met him.'],
};

/** Words that are capitalised but never a name: weekdays, months, and sentence openers. */
export const NOT_NAMES: WordListRule = {
  id: 'not-a-name',
  words: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.',
    'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'god', 'christmas', 'easter', 'ramadan',
    'i', 'ok', 'tv', "i'm", 'i’m', "i'd", 'i’d', "i've", 'i’ve', "i'll", 'i’ll',
  ],
  reason: 'Weekdays and months are capitalised but never name a person.',
  examples: ['The President Tuesday said.'],
  counterExamples: ['President Trump said.'],
};
