import type { LanguageRule } from './rule.js';

/** Country names, abbreviations and demonyms that world-countries lacks or spells otherwise. */
export interface CountryExtraRule extends LanguageRule {
  code: string;
  names?: readonly string[];
  /** Abbreviations matched only as printed. */
  abbreviations?: readonly string[];
  demonyms?: readonly string[];
  capitals?: readonly string[];
}

export const COUNTRY_EXTRAS: readonly CountryExtraRule[] = [
  {
    id: 'country-usa-short-forms',
    code: 'USA',
    names: ['America', 'United States of America'],
    abbreviations: ['US', 'U.S.', 'USA', 'U.S.A.'],
    reason: 'News writes the United States as "U.S.", "US" or "America"; world-countries lists only some.',
    examples: ['U.S. officials met on Friday.', 'The US wants minerals.', 'America will have a stake.'],
    counterExamples: ['Let us go.', 'Tell us more.'],
  },
  {
    id: 'country-gbr-short-forms',
    code: 'GBR',
    names: ['Britain', 'Great Britain'],
    abbreviations: ['UK', 'U.K.'],
    reason: 'Britain and the dotted "U.K." are common in news.',
    examples: ['Britain sent troops.', 'The U.K. minister spoke.'],
    counterExamples: ['The uk sound.'],
  },
  {
    id: 'country-other-abbreviations',
    code: 'ARE',
    abbreviations: ['U.A.E.'],
    reason: 'The Emirates are abbreviated with dots as well as without (world-countries has "UAE").',
    examples: ['The U.A.E. hosted talks.'],
    counterExamples: ['The uae word.'],
  },
  {
    id: 'country-cod-abbreviation',
    code: 'COD',
    abbreviations: ['DRC'],
    reason: 'The Democratic Republic of the Congo is the DRC in news.',
    examples: ['Fighting in the DRC continued.'],
    counterExamples: ['The drc file.'],
  },
  {
    id: 'country-chn-prc',
    code: 'CHN',
    abbreviations: ['PRC'],
    reason: 'The People\'s Republic of China is abbreviated PRC.',
    examples: ['The PRC said so.'],
    counterExamples: ['The prc file.'],
  },
  {
    id: 'country-kaz-short-demonym',
    code: 'KAZ',
    demonyms: ['Kazakh'],
    reason: 'Kazakhstan\'s people are "Kazakhs" as often as "Kazakhstanis".',
    examples: ['A Kazakh official said.'],
    counterExamples: ['The kazoo played.'],
  },
  {
    id: 'country-xkx-code',
    code: 'XKX',
    capitals: ['Prishtina'],
    demonyms: ['Kosovan'],
    reason: 'Kosovo has no ISO code; XKX is the code in common use (world-countries says UNK, and spells only "Pristina", "Kosovar").',
    examples: ['Police in Prishtina said.', 'A Kosovan minister resigned.'],
    counterExamples: ['The kosher food.'],
  },
  {
    id: 'country-ukr-old-capital-spelling',
    code: 'UKR',
    capitals: ['Kiev'],
    reason: 'Kyiv is still spelled Kiev in older and some current news.',
    examples: ['Kiev rejected the plan.'],
    counterExamples: ['The kiwi fruit.'],
  },
];
