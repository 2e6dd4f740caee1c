import type { LanguageRule } from './rule.js';

/** National institutions of one kind, each name with its country. */
export interface InstitutionRule extends LanguageRule {
  /** [name as printed, ISO 3166-1 alpha-3] */
  entries: readonly (readonly [string, string])[];
  /** Seats of government used for the government itself ("the White House says"). */
  metonym: boolean;
}

// Only general knowledge of states: seats of government, legislatures, security services.
export const INSTITUTIONS: readonly InstitutionRule[] = [
  {
    id: 'seat-of-government',
    metonym: true,
    entries: [
      ['White House', 'USA'], ['Pentagon', 'USA'], ['State Department', 'USA'], ['Capitol Hill', 'USA'],
      ['Kremlin', 'RUS'], ['Downing Street', 'GBR'], ['Whitehall', 'GBR'], ['Elysee', 'FRA'], ['Élysée', 'FRA'],
      ['Zhongnanhai', 'CHN'], ['Blue House', 'KOR'], ['Chancellery', 'DEU'],
    ],
    reason: 'A seat of government speaks for its government ("the White House says", "the Kremlin denied").',
    examples: ['Zelenskiy needs to come back to the table, White House says.', 'The Kremlin denied the report.'],
    counterExamples: ['A white house on the hill.', 'The kremlinology course.'],
  },
  {
    id: 'legislature',
    metonym: false,
    entries: [
      ['Congress', 'USA'], ['Verkhovna Rada', 'UKR'], ['Rada', 'UKR'], ['State Duma', 'RUS'], ['Duma', 'RUS'],
      ['Knesset', 'ISR'], ['Bundestag', 'DEU'], ['Bundesrat', 'DEU'], ['Riigikogu', 'EST'], ['Sejm', 'POL'],
      ['Majlis', 'IRN'], ['Islamic Consultative Assembly', 'IRN'], ['Lok Sabha', 'IND'], ['Rajya Sabha', 'IND'],
      ['National People\'s Congress', 'CHN'], ['Storting', 'NOR'], ['Riksdag', 'SWE'], ['Folketing', 'DNK'],
      ['Dáil', 'IRL'], ['Seimas', 'LTU'], ['Saeima', 'LVA'], ['Eduskunta', 'FIN'], ['Althing', 'ISL'],
    ],
    reason: 'A national legislature is an organisation of its country, and gives its members their affiliation.',
    examples: ['Rada Speaker Ruslan Stefanchuk met him.', 'Both parties in Congress criticised him.', 'The Knesset voted.'],
    counterExamples: ['A congress of doctors met.'],
  },
  {
    id: 'security-service',
    metonym: false,
    entries: [
      ['CIA', 'USA'], ['Central Intelligence Agency', 'USA'], ['FBI', 'USA'], ['DEA', 'USA'], ['NSA', 'USA'],
      ['FSB', 'RUS'], ['GRU', 'RUS'], ['SVR', 'RUS'], ['MI5', 'GBR'], ['MI6', 'GBR'], ['Mossad', 'ISR'], ['Shin Bet', 'ISR'],
      ['SBU', 'UKR'], ['ISI', 'PAK'], ['People\'s Liberation Army', 'CHN'], ['PLA', 'CHN'], ['Bundeswehr', 'DEU'],
      ['IDF', 'ISR'], ['Quds Force', 'IRN'], ['IRGC', 'IRN'], ['DfID', 'GBR'],
    ],
    reason: 'Security, intelligence and aid services are organisations of their country.',
    examples: ['The FSB arrested him.', 'A former CIA official said.'],
    counterExamples: ['The cia word.'],
  },
];
