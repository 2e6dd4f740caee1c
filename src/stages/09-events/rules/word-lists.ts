import type { WordList } from './trigger-rule.js';

/** Prepositions: an actor right after one is in a phrase, not the subject ("frustrated with Ukraine"). */
export const PREPOSITIONS: WordList = {
  id: 'words-prepositions',
  reason: 'A name inside a prepositional phrase is not the subject of its clause.',
  words: ['in', 'on', 'at', 'with', 'to', 'from', 'by', 'for', 'of', 'between', 'against', 'about', 'over', 'among', 'into', 'toward', 'towards', 'without', 'after', 'before', 'during', 'including', 'like', 'than', 'via', 'through', 'under', 'amid', 'despite', 'across', 'near', 'behind', 'alongside', 'within', 'upon', 'onto', 'beyond', 'per'],
  examples: [{ text: '[Trump] has been frustrated with both [Ukraine] and [Russia] and has accused [Moscow] of stalling.', type: 'ACCUSE', source: 'Trump', target: 'Moscow' }],
  counterExamples: [],
};

/** Words that may stand between a determiner-like start and a name without making a phrase. */
export const DETERMINERS: WordList = {
  id: 'words-determiners',
  reason: 'Determiners and quantifiers before a name do not change its role ("with both Ukraine and Russia").',
  words: ['the', 'a', 'an', 'both', 'some', 'all', 'several', 'multiple', 'many', 'other', 'senior', 'top', 'top-ranking', 'key', 'former', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'each', 'every', 'two', 'three', 'four', 'five', 'few', 'most', 'one', 'not', 'just', 'only', 'also'],
  examples: [{ text: 'Some [Democrats] and [Republicans] criticized [Trump].', type: 'ACCUSE', source: 'Democrats', target: 'Trump' }],
  counterExamples: [],
};

/** Words allowed between a subject and its verb ("Trump has repeatedly pressured"). */
export const VERB_PRECEDERS: WordList = {
  id: 'words-verb-preceders',
  reason: 'Auxiliaries, negation and adverbs between a name and the verb keep the name the subject.',
  words: ['has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', "n't", 'also', 'again', 'already', 'repeatedly', 'reportedly', 'publicly', 'now', 'then', 'later', 'still', 'just', 'only', 'even', 'never', 'long', 'first', 'once', 'ultimately', 'finally', 'since', 'originally', 'actually', 'further', 'then', 'too', 'all', 'both', 'allegedly', 'apparently', 'quickly', 'temporarily', 'falsely', 'hard', 'often', 'recently', 'jointly', 'together', 'officially', 'formally', 'immediately', 'personally', 'separately', 'directly', 'openly', 'sharply', 'strongly', 'privately', 'herself', 'himself', 'themselves', 'itself'],
  examples: [{ text: '[Trump] has repeatedly pressured [Zelenskyy] to strike a deal.', type: 'REQUEST', source: 'Trump', target: 'Zelenskyy' }],
  counterExamples: [],
};

/** People who act for their side: "Putin's advisers" act for Russia, as a delegation acts for its country. */
export const STAFF_NOUNS: WordList = {
  id: 'words-staff',
  reason: 'Someone\'s advisers, aides or envoys act for that someone\'s side; the possessor names the side.',
  words: ['adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'officials', 'official', 'envoy', 'envoys', 'team', 'delegation', 'negotiators', 'negotiator', 'government', 'administration', 'ministers', 'diplomats', 'representatives', 'forces', 'troops', 'military', 'staff', 'cabinet', 'emissary', 'emissaries'],
  examples: [{ text: '[U.S. officials] met with [Putin]’s advisers in Saudi Arabia.', type: 'CONSULT', source: 'U.S. officials', target: 'Putin' }],
  counterExamples: [],
};

/** Nouns after which "in X" names the people's country, not a place: "his counterparts in France". */
export const MEMBER_NOUNS: WordList = {
  id: 'words-members',
  reason: '"counterparts in France" are French officials: the country after such a noun is the party, not the location.',
  words: ['counterpart', 'counterparts', 'officials', 'leaders', 'allies', 'partners', 'ministers', 'ambassador', 'ambassadors', 'diplomats', 'lawmakers', 'authorities', 'government', 'governments'],
  examples: [{ text: '[He] has spoken to his counterparts in [France], [the United Kingdom] and [Germany].', type: 'CONSULT', source: 'He', target: 'France' }],
  counterExamples: [],
};

/** Things a side tables or owns: the owner of a rejected one is the target of the rejection. */
export const PROPOSAL_NOUNS: WordList = {
  id: 'words-proposals',
  reason: 'A rejection targets whoever tabled the proposal, offer, draft or demand.',
  words: ['proposal', 'proposals', 'offer', 'offers', 'draft', 'drafts', 'demand', 'demands', 'plan', 'plans', 'deal', 'terms', 'request', 'requests', 'version', 'document', 'agreement', 'ultimatum', 'initiative', 'conditions', 'remarks', 'claims', 'suggestion', 'approach'],
  examples: [{ text: '[Zelensky] rejected [U.S.] demands for $500 billion.', type: 'REJECT', source: 'Zelensky', target: 'U.S.' }],
  counterExamples: [],
};

/** Locative prepositions: a place after one is where the act happened. */
export const LOCATIVE_PREPOSITIONS: WordList = {
  id: 'words-locative',
  reason: 'A place after "in", "at" or "near" is the location of the act, not its target.',
  words: ['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around'],
  examples: [{ text: '[Zelensky] met on Thursday in [Kyiv] with [Kellogg].', type: 'CONSULT', source: 'Zelensky', target: 'Kellogg' }],
  counterExamples: [],
};

/** Institutions named by their country: "a court in Guyana" acts for Guyana. */
export const INSTITUTION_NOUNS: WordList = {
  id: 'words-institutions',
  reason: 'An unnamed court, police force or ministry "in/of" a country is that country\'s institution acting.',
  words: ['court', 'courts', 'police', 'army', 'military', 'ministry', 'government', 'parliament', 'authorities', 'prosecutors', 'judge', 'forces', 'troops', 'embassy', 'regime', 'junta', 'legislature', 'senate', 'cabinet'],
  examples: [{ text: 'A court in [Guyana] has issued arrest warrants for two [Brazilian] men.', type: 'COERCE', source: 'Guyana', target: 'Brazilian' }],
  counterExamples: [],
};

/** Nouns a country name often modifies ("U.S. aid", "U.S. influence"): the name is then not a party. */
export const MODIFIED_NOUNS: WordList = {
  id: 'words-modified-nouns',
  reason: 'In "pausing U.S. aid to Ukraine" the country word qualifies "aid"; the party is Ukraine. Used when no part-of-speech tags are at hand.',
  words: ['aid', 'assistance', 'support', 'security', 'influence', 'investment', 'money', 'interests', 'side', 'position', 'positions', 'economy', 'companies', 'firms', 'dependence', 'relations', 'stance', 'policy', 'policies', 'sanctions', 'funding', 'weapons', 'arms', 'military', 'forces', 'troops', 'army', 'navy', 'election', 'elections', 'war', 'leadership', 'officials', 'official', 'envoy', 'president', 'minister', 'leader', 'leaders', 'people', 'embassy', 'border', 'territory', 'soil', 'market', 'markets', 'access', 'commitment', 'commitments', 'guarantees', 'obligations', 'version', 'side', 'ally', 'allies', 'partner', 'partners', 'pressure', 'delegation', 'team', 'talks', 'negotiators', 'resources', 'minerals', 'reserves', 'strategic', 'national', 'annual', 'state', 'public', 'critical', 'rare', 'natural', 'efforts', 'effort', 'attempts', 'attempt', 'bid', 'campaign', 'push', 'role', 'involvement', ...PROPOSAL_NOUNS.words],
  examples: [{ text: 'The showdown culminated in [Trump] temporarily pausing [U.S.] aid to [Ukraine].', type: 'SANCTION', source: 'Trump', target: 'Ukraine' }],
  counterExamples: [],
};

export const WORD_LISTS: readonly WordList[] = [INSTITUTION_NOUNS, PREPOSITIONS, DETERMINERS, VERB_PRECEDERS, STAFF_NOUNS, MEMBER_NOUNS, PROPOSAL_NOUNS, LOCATIVE_PREPOSITIONS, MODIFIED_NOUNS];
