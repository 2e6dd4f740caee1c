import type { WordListRule } from './rule.js';

/** Last words that make a run of capitalised words an organisation ("… Administration", "… Inc."). */
export const ORG_SUFFIXES: WordListRule = {
  id: 'org-suffix',
  words: [
    'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'group', 'holdings',
    'bank', 'fund', 'party', 'ministry', 'department', 'council', 'agency', 'committee', 'commission', 'administration',
    'conference', 'university', 'college', 'institute', 'foundation', 'association', 'union', 'organization',
    'organisation', 'office', 'court', 'parliament', 'assembly', 'army', 'navy', 'force', 'forces', 'guard', 'police',
    'service', 'services', 'media', 'network', 'broadcaster', 'society', 'league', 'alliance', 'federation', 'authority',
    'board', 'bureau', 'cabinet', 'government', 'senate', 'house', 'fleet', 'command', 'movement', 'front', 'brigade',
    'trust', 'centre', 'center', 'polytechnic', 'school', 'museum', 'gallery', 'theatre', 'theater', 'club', 'company',
    'institution', 'academy', 'laboratory', 'laboratories', 'systems', 'industries', 'airlines', 'airways', 'motors',
  ],
  reason: 'Names of organisations end in a word for the kind of body they are.',
  examples: ['an official in the Ukrainian Presidential Administration told Suspilne.', 'Nexstar Media Inc. owns the station.'],
  counterExamples: ['Scott Bessent visited Kyiv.'],
};

/** "<Name> administration": a government named after its leader. */
export const LEADER_ADMINISTRATION: WordListRule = {
  id: 'leader-administration',
  words: ['administration', 'government', 'cabinet', 'presidency'],
  reason: 'A government named after its leader ("the Trump administration") is that country\'s government, not the person.',
  examples: ['The Trump administration has given Ukraine an improved draft.', 'While the Biden administration has been a key supporter.'],
  counterExamples: ['The administration said.'],
};

/** Collective political groups: party members and blocs of allies. */
export const GROUP_WORDS: readonly WordListRule[] = [
  {
    id: 'group-party-members',
    words: ['democrats', 'republicans', 'conservatives', 'tories', 'liberals', 'liberal democrats', 'lib dems', 'lib dem', 'socialists', 'communists', 'greens', 'labourites', 'separatists', 'rebels', 'loyalists'],
    reason: 'Party members and political camps act together ("Democrats blasted Trump").',
    examples: ['Democrats blasted Trump.', 'Some Republicans also voiced concerns.'],
    counterExamples: ['A democratic vote.'],
  },
  {
    id: 'group-allies',
    words: ['allies', 'partners', 'friends', 'members', 'member states'],
    reason: 'Allies named by their bloc or region act together ("European allies", "NATO allies"); the bare word or "our allies" does not name a group.',
    examples: ['Zelenskyy and European allies were not included.', 'concerns among some NATO allies'],
    counterExamples: ['They are old allies of mine.', 'So we are consulting our allies.'],
  },
];
