import type { WordList } from './rule-types.js';

/** Determiners, quantifiers and evaluative adjectives: dropped from the front of a term. */
export const LEADING_SKIP: WordList = {
  id: 'term-leading-skip',
  reason: 'A reader names the issue, not the speaker\'s emphasis: "clear U.S. security commitments" and "robust security guarantees" are both about security guarantees.',
  words: [
    'a', 'an', 'the', 'any', 'no', 'some', 'more', 'most', 'much', 'many', 'all', 'such', 'this', 'that', 'these', 'those', 'another', 'other', 'further',
    'its', 'their', 'his', 'her', 'our', 'my', 'your', 'clear', 'clearer', 'robust', 'concrete', 'real', 'meaningful', 'specific', 'strong', 'stronger',
    'firm', 'firmer', 'credible', 'additional', 'new', 'significant', 'sufficient', 'adequate', 'full', 'fuller', 'better', 'greater', 'serious', 'genuine',
    'explicit', 'solid', 'reliable', 'binding', 'certain', 'enough', 'even', 'only', 'just', 'also', 'both', 'either', 'each', 'every', 'own', 'possible',
    'potential', 'vital', 'key', 'best', 'worst', 'biggest', 'largest', 'top', 'whole', 'entire', 'crucial', 'major', 'broad', 'broader', 'expanded', 'immediate', 'lasting', 'long-term', 'unprecedented', 'huge', 'massive',
    'continued', 'continuing', 'ongoing', 'sustained', 'future', 'current', 'existing', 'promised', 'proposed',
  ],
  examples: [
    { text: '[Ukraine] hesitated to sign without clear [U.S.] security commitments.', term: 'security commitments' },
    { text: 'Ukraine is seeking robust security guarantees.', term: 'security guarantees' },
    { text: 'in exchange for continued [U.S.] support for Ukraine', term: 'support' },
  ],
  counterExamples: [{ text: 'They asked for long-range missiles.', term: 'long-range missiles' }],
};

/** Words that end a term: prepositions, conjunctions, pronouns, auxiliaries and common verbs. */
export const TERM_STOP: WordList = {
  id: 'term-stop',
  reason: 'Without part-of-speech tags a noun phrase ends at the first function word or verb: "seeks access to minerals in exchange for aid" stops at "in".',
  words: [
    'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'under', 'about', 'against', 'between', 'during', 'without', 'within',
    'after', 'before', 'since', 'until', 'through', 'across', 'amid', 'among', 'toward', 'towards', 'as', 'like', 'than', 'per', 'via', 'upon', 'around',
    'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'whether', 'then',
    'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how',
    'it', 'they', 'them', 'he', 'she', 'him', 'we', 'us', 'you', 'i', 'me', 'itself', 'themselves', 'everything', 'anything', 'something', 'nothing',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'done',
    'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'not', "n't", 'never',
    'said', 'says', 'say', 'told', 'tell', 'tells', 'make', 'makes', 'made', 'get', 'gets', 'got', 'take', 'takes', 'took', 'went', 'go', 'goes', 'come', 'came',
    'remains', 'remain', 'seems', 'appears', 'includes', 'include', 'including', 'needs', 'wants', 'seeks', 'insists', 'says', 'gives', 'give', 'gave', 'bars',
    'very', 'too', 'now', 'still', 'already', 'again', 'there', 'here', 'well', 'away', 'back', 'up', 'down', 'out', 'off', 'such',
    'lost', 'held', 'given', 'taken', 'sent', 'seen', 'paid', 'won', 'built', 'brought', 'sought', 'left', 'kept', 'led', 'met', 'spent',
    'continue', 'continues', 'begin', 'begins', 'began', 'start', 'starts', 'seem', 'appear', 'become', 'becomes', 'became', 'want', 'need', 'hope',
    'try', 'tries', 'tried', 'expect', 'expects', 'believe', 'believes', 'think', 'thinks', 'know', 'knows', 'stand', 'stands', 'sit', 'sits', 'lies',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
    'august', 'september', 'october', 'november', 'december', 'yesterday', 'tomorrow', 'tonight',
  ],
  examples: [
    { text: 'The [U.S.] seeks access to rare earth minerals in exchange for aid.', term: 'access to rare earth minerals' },
    { text: 'a deal that does not include security guarantees or bars it from joining', term: 'security guarantees' },
  ],
  counterExamples: [{ text: 'It demanded tax relief.', term: 'tax relief' }],
};

/** Heads that take a complement ("access to minerals", "return of territory", "accession to the EU"). */
export const RELATIONAL_HEADS: WordList = {
  id: 'term-relational-heads',
  reason: '"access", "accession", "return" say little alone; the complement names what is at stake, so it stays in the term.',
  words: [
    'access', 'accession', 'membership', 'return', 'compensation', 'repayment', 'reimbursement', 'withdrawal', 'removal', 'recognition', 'control', 'share',
    'protection', 'protections', 'relief', 'part', 'place', 'seat', 'role', 'say', 'cut', 'cuts', 'extension', 'expansion', 'funding', 'aid', 'money', 'payments',
    'ban', 'limits', 'cap', 'freeze', 'end', 'lifting', 'easing', 'release', 'exchange', 'transfer', 'ownership', 'rights', 'stake', 'supply', 'centre', 'center', 'hub', 'scope', 'size', 'level',
  ],
  examples: [
    { text: 'Nothing that could threaten Ukraine\'s accession to the EU can be accepted.', term: 'accession to the EU' },
    { text: 'Ukraine is seeking the return of territories lost during the war.', term: 'return of territories' },
  ],
  counterExamples: [{ text: 'They are seeking security guarantees for Ukraine.', term: 'security guarantees' }],
};

/**
 * Nouns that name the talks, the deal or the act of saying, not a matter argued over: a term
 * with such a head is not an issue ("demand for a deal", "rejected the proposal").
 */
export const PROCESS_HEADS: WordList = {
  id: 'term-process-heads',
  reason: 'The deal, its drafts, the talks, the people in them and the events around them are the frame, not an issue: "rejected the proposal" is a draft\'s reception, "the outbreak" is background.',
  words: [
    'deal', 'agreement', 'accord', 'pact', 'treaty', 'talks', 'negotiation', 'negotiations', 'draft', 'proposal', 'offer', 'counteroffer', 'counterproposal', 'document',
    'version', 'plan', 'framework', 'package', 'bill', 'legislation', 'meeting', 'visit', 'trip', 'call', 'interview', 'statement', 'comments', 'remarks',
    'war', 'conflict', 'process', 'dialogue', 'decision', 'decisions', 'time', 'way', 'thing', 'things', 'lot', 'issue', 'issues', 'question', 'questions', 'point',
    'problem', 'problems', 'matter', 'effort', 'efforts', 'position', 'stance', 'tone', 'relations', 'relationship', 'country', 'countries', 'nation', 'nations',
    'people', 'side', 'sides', 'leader', 'leaders', 'official', 'officials', 'president', 'administration', 'government', 'team', 'teams', 'week', 'day', 'days',
    'month', 'months', 'year', 'years', 'night', 'today', 'details', 'terms', 'contours', 'parameters', 'progress', 'signing', 'consensus', 'outcome', 'future',
    'details', 'chance', 'chances', 'opportunity', 'step', 'steps', 'move', 'action', 'idea', 'message', 'case', 'kind', 'sort', 'lot', 'number', 'amount',
    'vote', 'votes', 'approval', 'concerns', 'concern', 'demands', 'demand', 'insistence', 'pressure', 'criticism', 'resistance', 'frustration',
    'amendment', 'amendments', 'changes', 'revisions', 'tensions', 'tension', 'disagreement', 'disagreements', 'dispute', 'feud', 'rhetoric', 'crisis',
    'secretary', 'minister', 'envoy', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'speaker', 'senator', 'congressman', 'lawmakers', 'members',
    'companies', 'company', 'source', 'sources', 'report', 'reports', 'news', 'media', 'election', 'elections', 'campaign',
    'outbreak', 'pandemic', 'epidemic', 'virus', 'disease', 'symptoms', 'illness', 'infection', 'infections', 'cases', 'deaths', 'fallout',
    'economy', 'market', 'markets', 'stocks', 'investors', 'investor', 'publicity', 'attention', 'voice',
  ],
  examples: [{ text: 'Ukraine is seeking robust security guarantees.', term: 'security guarantees' }],
  counterExamples: [{ text: 'Ukraine rejected the proposal.', term: '' }],
};
