import type { BlockRule } from './quote-rule.js';

/** Quoted programme and work titles: nobody is said to have said them (gold README §4). */
export const WORK_TITLE: BlockRule = {
  id: 'not-work-title',
  reason: 'A title-cased quoted name after "on"/"in", after an outlet’s possessive, or before "interview", "show" … names a programme or work.',
  examples: [
    { text: 'Zelensky said in a “Meet the Press” interview aired Sunday that he would fight on.', blocked: 'Meet the Press' },
    { text: 'Witkoff confirmed Sunday on Fox News’ “Sunday Morning Futures” that he will travel to Saudi Arabia.', blocked: 'Sunday Morning Futures' },
    { text: 'In an interview on Fox News’s “Fox & Friends,” Waltz said, “There’s obviously a lot of frustration here.”', blocked: 'Fox & Friends' },
  ],
  counterExamples: [
    { text: 'Trump called the plan “Dead On Arrival,” aides said.', quote: 'Dead On Arrival', kind: 'direct' },
    { text: '“Thank You,” he said.', quote: 'Thank You', kind: 'direct', speaker: 'he' },
  ],
};

/** Scare quotes: quoted words that no speaker in the sentence is said to have used. */
export const SCARE_QUOTE: BlockRule = {
  id: 'not-scare-quote',
  reason: 'Quote marks with no speaker in reach mark a term, not speech (gold README §4: only words presented as someone’s are quotes).',
  examples: [
    { text: 'The so-called “peace dividend” never came.', blocked: 'peace dividend' },
    { text: 'Waltz: Ukraine needs to ‘tone it down’ amid ‘frustration’ with Zelensky', blocked: 'tone it down' },
  ],
  counterExamples: [
    { text: 'The crisis deepened, with Trump denouncing Zelensky as a “dictator” who chose war.', quote: 'dictator', kind: 'direct', speaker: 'Trump' },
  ],
};

/** Quote marks inside a quote that the speaker uses to paraphrase others (gold README §4). */
export const NESTED_PARAPHRASE: BlockRule = {
  id: 'not-nested-paraphrase',
  reason: 'Inside a quote, marks after "told him", "you say" … paraphrase; only a named third person’s words ("as the vice president said, ‘…’") are recorded.',
  examples: [
    { text: '“Bessent was treated rather rudely, because essentially they told him ‘no,\'” Trump told reporters.', blocked: 'no,' },
    { text: '“But when you say ‘these are our plans to end the war’, this raises questions for us,” he said.', blocked: 'these are our plans to end the war' },
  ],
  counterExamples: [
    { text: '“We see this, as the vice president said, ‘bad-mouthing’ in the press,” Waltz continued.', quote: 'bad-mouthing', kind: 'direct', speaker: 'the vice president' },
  ],
};
