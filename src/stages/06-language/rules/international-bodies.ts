import type { LanguageRule } from './rule.js';

/** One international body: its affiliation code and its names. */
export interface Body {
  code: string;
  names: readonly string[];
  /** Matched only as printed ("EU", "UN"), never inside ordinary words. */
  abbreviations: readonly string[];
}

/** A family of international bodies (UN system, EU institutions, other intergovernmental organisations). */
export interface BodyRule extends LanguageRule {
  family: 'UN' | 'EU' | 'IGO';
  bodies: readonly Body[];
}

export const INTERNATIONAL_BODIES: readonly BodyRule[] = [
  {
    id: 'body-eu',
    family: 'EU',
    bodies: [{
      code: 'EU',
      names: ['European Union', 'European Commission', 'European Council', 'European Parliament', 'Council of the European Union'],
      abbreviations: ['EU', 'E.U.'],
    }],
    reason: 'The EU and its institutions act as one party; their officials are affiliated EU.',
    examples: ['Ukraine\'s accession to the EU.', 'The European Commission said.'],
    counterExamples: ['A European leader spoke.'],
  },
  {
    id: 'body-un',
    family: 'UN',
    bodies: [{
      code: 'UN',
      names: [
        'United Nations', 'UN Security Council', 'United Nations Security Council', 'Security Council', 'General Assembly',
        'World Health Organization', 'World Health Organisation', 'International Court of Justice',
        'International Atomic Energy Agency', 'World Food Programme', 'UN Refugee Agency',
      ],
      abbreviations: ['UN', 'U.N.', 'UNSC', 'WHO', 'ICJ', 'IAEA', 'UNICEF', 'UNHCR', 'UNESCO', 'WFP'],
    }],
    reason: 'The United Nations and its agencies share the UN affiliation.',
    examples: ['The UN called for a ceasefire.', 'The World Health Organization warned.'],
    counterExamples: ['Who said that?', 'An un-American act.'],
  },
  {
    id: 'body-intergovernmental',
    family: 'IGO',
    bodies: [
      { code: 'NATO', names: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], abbreviations: ['NATO'] },
      { code: 'IMF', names: ['International Monetary Fund'], abbreviations: ['IMF'] },
      { code: 'WB', names: ['World Bank', 'World Bank Group'], abbreviations: [] },
      { code: 'AU', names: ['African Union'], abbreviations: ['AU'] },
      { code: 'ASEAN', names: ['Association of Southeast Asian Nations'], abbreviations: ['ASEAN'] },
      { code: 'OPEC', names: ['Organization of the Petroleum Exporting Countries'], abbreviations: ['OPEC'] },
      { code: 'OSCE', names: ['Organization for Security and Co-operation in Europe'], abbreviations: ['OSCE'] },
      { code: 'CSTO', names: ['Collective Security Treaty Organization'], abbreviations: ['CSTO'] },
      { code: 'WTO', names: ['World Trade Organization'], abbreviations: ['WTO'] },
      { code: 'ICC', names: ['International Criminal Court'], abbreviations: ['ICC'] },
      { code: 'GCC', names: ['Gulf Cooperation Council'], abbreviations: ['GCC'] },
      { code: 'ARAB LEAGUE', names: ['Arab League'], abbreviations: [] },
      { code: 'OAS', names: ['Organization of American States'], abbreviations: ['OAS'] },
      { code: 'COE', names: ['Council of Europe'], abbreviations: [] },
      { code: 'G7', names: ['Group of Seven'], abbreviations: ['G7'] },
      { code: 'G20', names: ['Group of 20'], abbreviations: ['G20'] },
    ],
    reason: 'Alliances, lenders and regional organisations act as parties; their code is their own acronym.',
    examples: ['Some NATO allies raised concerns.', 'The IMF approved a loan.', 'The African Union sent observers.'],
    counterExamples: ['The nato word.', 'The bank of the river.'],
  },
];
