import type { LanguageRule, WordListRule } from './rule.js';

/** Office words that head a title ("Secretary", "envoy"), one list per kind of office. */
export interface TitleHeadRule extends WordListRule {
  /** Head of state or government: "the Ukrainian leader" can refer to its holder. */
  leader: boolean;
}

export const TITLE_HEADS: readonly TitleHeadRule[] = [
  {
    id: 'title-head-of-state',
    leader: true,
    words: [
      'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch',
      'supreme leader', 'leader', 'head of state', 'taoiseach', 'crown prince', 'president-elect',
    ],
    reason: 'Heads of state and government; "the Ukrainian leader" refers back to one of them.',
    examples: ['Ukrainian President Volodymyr Zelensky met him.', 'the Ukrainian leader responded.', 'French President Emmanuel Macron spoke.'],
    counterExamples: ['He presided over the meeting.', 'The leading candidate won.'],
  },
  {
    id: 'title-head-deputy-leader',
    leader: false,
    words: ['vice president', 'vice-president', 'deputy prime minister', 'vice premier', 'vice chancellor'],
    reason: 'Deputies of a head of state or government are not "the leader".',
    examples: ['Vice President JD Vance spoke.', 'as the vice president said'],
    counterExamples: ['The vice squad arrived.'],
  },
  {
    id: 'title-head-minister',
    leader: false,
    words: [
      'minister', 'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'attorney general',
      'commissioner', 'chief of staff',
    ],
    reason: 'Members of a government and their peers.',
    examples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv.', 'Foreign Minister Andrii Sybiha met him.', 'Secretary of State Marco Rubio met them.'],
    counterExamples: ['The ministry said.', 'The secretariat met.'],
  },
  {
    id: 'title-head-diplomat',
    leader: false,
    words: ['envoy', 'ambassador', 'special representative', 'negotiator', 'emissary', 'consul'],
    reason: 'Diplomats and negotiators, the usual go-betweens of a deal.',
    examples: ['U.S. envoy Keith Kellogg met Zelensky.', 'Trump’s special envoy, retired Lt. Gen. Keith Kellogg, met him.'],
    counterExamples: ['The envelope was sealed.'],
  },
  {
    id: 'title-head-adviser',
    leader: false,
    words: ['adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'aide-de-camp'],
    reason: 'Advisers and spokespeople speak for a government.',
    examples: ['Kremlin spokesman Dmitry Peskov said.', 'National security adviser Mike Waltz said Thursday.'],
    counterExamples: ['The advice was ignored.'],
  },
  {
    id: 'title-head-legislator',
    leader: false,
    words: [
      'speaker', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'mp',
      'member of parliament', 'deputy',
    ],
    reason: 'Legislators and presiding officers.',
    examples: ['Rada Speaker Ruslan Stefanchuk met Kellogg.', 'US Senator Marco Rubio said.'],
    counterExamples: ['The loudspeaker was broken.'],
  },
  {
    id: 'title-head-official',
    leader: false,
    words: [
      'governor', 'mayor', 'chairman', 'chairwoman', 'chairperson', 'director', 'director general', 'chief executive',
      'ceo', 'head', 'commander', 'chief', 'ombudsman', 'prosecutor', 'judge', 'justice', 'chief justice', 'pope', 'cardinal',
      'archbishop', 'patriarch',
    ],
    reason: 'Other offices that make their holder a named actor.',
    examples: ['Governor Vadim Shumkov said.', 'Pope Francis called for peace.'],
    counterExamples: ['The government said.'],
  },
];

/** Words that narrow an office before its head ("Treasury Secretary", "special envoy", "national security adviser"). */
export const TITLE_MODIFIERS: WordListRule = {
  id: 'title-modifier',
  words: [
    'vice', 'deputy', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'economy', 'economic', 'trade',
    'industry', 'justice', 'health', 'treasury', 'national', 'security', 'special', 'senior', 'chief', 'first', 'home',
    'state', 'presidential', 'intelligence', 'energy', 'agriculture', 'education', 'culture', 'labour', 'labor',
    'environment', 'transport', 'infrastructure', 'digital', 'military', 'executive', 'assistant', 'associate',
    'principal', 'top', 'lead', 'budget', 'foreign affairs', 'press', 'regional', 'provincial', 'opposition', 'party',
    'parliamentary', 'general', 'supreme', 'high', 'permanent', 'middle east', 'personal', 'commerce', 'homeland',
    'affairs', 'exchequer', 'house', 'senate', 'commons', 'staff', 'war', 'culture', 'media', 'sport', 'climate', 'housing',
  ],
  reason: 'Office modifiers belong to the role, not to the name that follows.',
  examples: ['Trump’s special envoy held talks in Kyiv.', 'Treasury Secretary Scott Bessent said.'],
  counterExamples: ['The envoy said.'],
};

/** Words for the status of an office holder, kept in the role so that sources can disagree on it. */
export const TITLE_STATUS: WordListRule = {
  id: 'title-status',
  words: ['former', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'ex', 'late', 'retired', 'caretaker', 'current', 'sitting'],
  reason: '"former U.S. President" and "President" are a conflict between sources, so status stays in the role.',
  examples: ['The talks come amid rhetoric from former U.S. President Donald Trump.'],
  counterExamples: ['President Donald Trump said.'],
};

/** Military and police ranks: titles that are not offices. */
export const RANKS: WordListRule = {
  id: 'title-rank',
  words: [
    'general', 'gen.', 'lt.', 'lt. gen.', 'lieutenant general', 'lt. col.', 'maj.', 'maj. gen.', 'major general',
    'brig. gen.', 'brigadier general', 'col.', 'colonel', 'colonel-general', 'adm.', 'admiral', 'vice admiral',
    'capt.', 'captain', 'sgt.', 'sergeant', 'cmdr.', 'marshal', 'field marshal', 'lieutenant',
  ],
  reason: 'Ranks stand before names ("retired Lt. Gen. Keith Kellogg") but are not the office they hold.',
  examples: ['Trump’s special envoy, retired Lt. Gen. Keith Kellogg, met him.', 'General Thierry Burkhard said.'],
  counterExamples: ['In general, the talks went well.'],
};

/** Honorifics: a name follows, and some show gender. */
export interface HonorificRule extends WordListRule {
  gender?: 'm' | 'f';
}

export const HONORIFICS: readonly HonorificRule[] = [
  {
    id: 'honorific-male',
    gender: 'm',
    words: ['mr', 'mr.', 'sir', 'lord'],
    reason: 'Mr, Sir and Lord precede a man\'s name.',
    examples: ['It would mean paid leave, Mr Brown told the BBC.'],
    counterExamples: ['The lords of the manor.'],
  },
  {
    id: 'honorific-female',
    gender: 'f',
    words: ['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady'],
    reason: 'Mrs, Ms, Miss, Dame and Lady precede a woman\'s name.',
    examples: ['Ms Hewitt told GMTV\'s Sunday programme.'],
    counterExamples: ['The lady at the desk.'],
  },
  {
    id: 'honorific-other',
    words: ['dr', 'dr.', 'prof.', 'professor', 'rev.', 'reverend', 'sheikh', 'rabbi', 'imam', 'mx', 'mx.'],
    reason: 'Other honorifics precede a name and show no gender.',
    examples: ['Dr Jones said the results were clear.'],
    counterExamples: ['The professor of history.'],
  },
];


/** Office words that are also verbs: titles only where a noun can stand. */
export const VERB_LIKE_HEADS: WordListRule = {
  id: 'title-verb-use',
  words: ['head', 'chair', 'judge'],
  reason: '"will head to Riyadh" and "to chair the talks" are verbs; "the head of the IMF" and "IMF head" are titles.',
  examples: ['Witkoff will head to Saudi Arabia.'],
  counterExamples: ['The head of the IMF said.'],
};

/** Misspelt office words ("Sectetary") still head a title when one letter away from a known one. */
export const TITLE_TYPO: LanguageRule = {
  id: 'title-typo',
  reason: 'Scraped news has typos in titles ("US Sectetary of State Marco Rubio"); a long capitalised non-word one edit from an office word is read as that word.',
  examples: ['Sybiha said he had spoken with US Sectetary of State Marco Rubio.'],
  counterExamples: ['The Secretariat said.'],
};

/** All title rules, for the rule-example tests. */
export const TITLE_RULES: readonly LanguageRule[] = [...TITLE_HEADS, TITLE_MODIFIERS, TITLE_STATUS, RANKS, ...HONORIFICS, TITLE_TYPO, VERB_LIKE_HEADS];
