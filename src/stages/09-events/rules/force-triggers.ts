import type { TriggerRule } from './trigger-rule.js';

/** Words of force: with them "attack" is military, without them it is verbal. */
export const FORCE_WORDS = /\b(?:kill|wound|injur|dead|death|casualt|bomb|missile|rocket|shell|artillery|troops|forces|militant|rebel|insurgent|army|gunmen|gunfire|drone|air ?strike|soldier|fighter|jets?\b|tanks?\b|military|weapon|explosi|shot\b|fired|raid|invad|invasion|offensive|terror)/i;

/** PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT: material conflict. */
export const FORCE_TRIGGERS: readonly TriggerRule[] = [
  {
    id: 'sanction-halt-aid',
    type: 'SANCTION', mode: 'discontinue', cameo: '162', source: 'subject', target: 'object', needsTarget: true,
    pattern: /\b(?:paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|cut(?:s|ting)?(?:\s+off)?|freez(?:e|es|ing)|froze|stop(?:s|ped|ping)?|withh[eo]ld(?:s|ing)?|end(?:s|ed|ing)?|reduc(?:e|es|ed|ing))\b(?=(?:\s+\S+){0,3}?\s+(?:aid|assistance|funding|weapons|arms|shipments|deliveries|intelligence)\b)/gi,
    reason: 'Halting or pausing aid is a sanction on its recipient (gold §5: SANCTION).',
    examples: [{ text: 'The showdown culminated in [Trump] temporarily pausing [U.S.] aid to [Ukraine].', type: 'SANCTION', source: 'Trump', target: 'Ukraine' }],
    counterExamples: ['The aid kept flowing.'],
  },
  {
    id: 'sanction-relations',
    firstNounPhrase: true,
    type: 'SANCTION', mode: 'withdraw', cameo: '160', source: 'subject', target: 'object', needsTarget: true,
    pattern: /\b(?:expel(?:s|led|ling)?|sever(?:s|ed|ing)?\s+(?:ties|relations)\s+with|broke\s+off\s+(?:ties|relations|talks)\s+with|recall(?:s|ed|ing)?\s+(?:its|their|the)\s+ambassador\s+(?:from|to)|walk(?:s|ed)?\s+out\s+of\s+(?:the\s+)?talks\s+with|advis(?:e|es|ed|ing)\s+against\s+travel\s+to)\b/gi,
    reason: 'Expelling diplomats, breaking off relations or talks: reducing relations.',
    examples: [
      { text: '[Poland] expelled [Russian diplomats] on Monday.', type: 'SANCTION', source: 'Poland', target: 'Russian diplomats' },
      { text: 'The [US] State department has advised against travel to [Tunisia].', type: 'SANCTION', source: 'US', target: 'Tunisia' },
    ],
    counterExamples: ['The student was expelled from school.'],
  },
  {
    id: 'coerce-verb',
    firstNounPhrase: true,
    type: 'COERCE', cameo: '170', source: 'subject', target: 'object', needsTarget: true,
    pattern: /\b(?:sanction(?:s|ed|ing)?\s+(?:on|against)|impos(?:e|es|ed|ing)\s+(?:\S+\s+){0,2}?(?:sanctions|tariffs|an?\s+embargo|restrictions)|arrest(?:s|ed|ing)?|arrest\s+warrants?\s+for|detain(?:s|ed|ing)?|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?|deport(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|blockad(?:e|es|ed|ing))\b/gi,
    mode: 'arrest',
    reason: 'Arrests, detentions, seizures, sanctions and blockades coerce their target.',
    examples: [
      { text: 'A [Tunisian] court has jailed a [Nigerian] student for two years.', type: 'COERCE', source: 'Tunisian', target: 'Nigerian' },
      { text: 'A court in [Guyana] has issued arrest warrants for two [Brazilian] men.', type: 'COERCE', source: 'Guyana', target: 'Brazilian' },
    ],
    counterExamples: ['Cardiac arrest is common.'],
  },
  {
    id: 'assault-verb',
    firstNounPhrase: true,
    type: 'ASSAULT', cameo: '190', source: 'subject', target: 'object', needsTarget: true,
    // "since Russia's February 2022 invasion": an act named as a time anchor is background, not news.
    notBefore: /\b(?:since|before|after|during|amid|until)\s+(?:\S+\s+){0,4}$/iu,
    pattern: /\b(?:shell(?:s|ed|ing)|bomb(?:s|ed|ing)|bombard(?:s|ed|ing)?|air\s?strikes?\s+(?:on|against)|invad(?:e|es|ed|ing)|invasion\s+of|kill(?:s|ed|ing)|fir(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:at|on)|launch(?:es|ed|ing)?\s+(?:an?\s+)?(?:attack|strike|offensive|missiles?|rockets?)\s+(?:on|at|against)|clash(?:es|ed|ing)?\s+with|(?<t>engag(?:e|es|ed|ing))(?=\s+(?:\S+\s+){0,3}?in\s+a\s+(?:firefight|battle|clash)\b))\b/gi,
    reason: 'Attacks, shelling, killing and invasion: the use of force against the target.',
    examples: [
      { text: '[The United States] fired anti-aircraft batteries at [Russia] this week.', type: 'ASSAULT', source: 'The United States', target: 'Russia' },
      { text: '[Syrian rebels] engaged [Filipino] peacekeepers in a firefight in Golan Heights.', type: 'ASSAULT', source: 'Syrian rebels', target: 'Filipino' },
    ],
    counterExamples: ['Heart attacks are common.', 'He fired his adviser.', 'the aid [Washington] has provided since [Russia]’s February 2022 invasion of [Ukraine].'],
  },
  {
    id: 'assault-attack',
    firstNounPhrase: true,
    type: 'ASSAULT', cameo: '190', source: 'subject', target: 'object', needsTarget: true,
    pattern: /\battack(?:s|ed|ing)?\b/gi,
    sentenceHas: FORCE_WORDS,
    notBefore: /\b(?:since|before|after|during|amid|until)\s+(?:\S+\s+){0,4}$/iu,
    reason: '"attacked" is the use of force where the sentence speaks of force (troops, killed, missiles).',
    examples: [{ text: '[Russian troops] attacked [Ukraine] overnight, killing eight people.', type: 'ASSAULT', source: 'Russian troops', target: 'Ukraine' }],
    counterExamples: ['[Charles Kennedy] attacked [Mr Brown] for failing to mention the environment.'],
  },
  {
    id: 'protest-verb',
    type: 'PROTEST', mode: 'demo', cameo: '141', source: 'subject', target: 'object',
    pattern: /\b(?:protest(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|rall(?:y|ied|ies|ying)|boycott(?:s|ed|ing)?|riot(?:s|ed|ing)?|hunger\s+strike)\b/gi,
    reason: 'Demonstrations, rallies, boycotts and riots against a party (the place of a protest names whom it addresses).',
    examples: [{ text: '[US and British activists] staged a dramatic protest in [Beijing] on Wednesday.', type: 'PROTEST', source: 'US', target: 'Beijing' }],
    counterExamples: ['The results demonstrate progress.'],
  },
  {
    id: 'mobilize-verb',
    type: 'MOBILIZE', mode: 'troops', cameo: '150', source: 'subject', target: 'object', needsTarget: true,
    pattern: /\b(?:mobili[sz](?:e|es|ed|ing)|mass(?:es|ed|ing)\s+troops|deploy(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?(?:troops|forces|warships|soldiers|missiles)|military\s+exercises|war\s+games)\b/gi,
    reason: 'Mobilising or deploying forces, military exercises near another party.',
    examples: [{ text: '[Russia] is conducting military exercises in [Alaska].', type: 'MOBILIZE', source: 'Russia', target: 'Alaska' }],
    counterExamples: ['Exercises help the heart.'],
  },
];
