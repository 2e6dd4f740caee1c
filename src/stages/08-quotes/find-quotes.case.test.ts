import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './find-quotes.js';

interface Want {
  kind: 'direct' | 'indirect';
  text: string;
  /** The words that name the speaker as printed (the core name or the whole description). */
  speaker?: string;
}

interface Case {
  name: string;
  text: string;
  want: Want[];
  /** Quote texts that must not be found. */
  not?: string[];
  published?: string;
}

const d = (text: string, speaker?: string): Want => ({ kind: 'direct', text, ...(speaker ? { speaker } : {}) });
const i = (text: string, speaker?: string): Want => ({ kind: 'indirect', text, ...(speaker ? { speaker } : {}) });

const styles: Case[] = [
  { name: 'straight double quotes', text: '"We are ready," the minister said.', want: [d('We are ready', 'the minister')] },
  { name: 'curly double quotes', text: '“We are ready,” the minister said.', want: [d('We are ready', 'the minister')] },
  { name: 'single quotes inside double ones', text: '“As the vice president said, ‘bad-mouthing’ is unacceptable,” Waltz continued.', want: [d('As the vice president said, ‘bad-mouthing’ is unacceptable', 'Waltz'), d('bad-mouthing', 'the vice president')] },
  { name: 'straight single quotes at the top level', text: "Rebels called the offer 'a trap', the report said.", want: [d('a trap')] },
  { name: 'guillemets', text: '«Nous sommes prêts,» the minister said.', want: [d('Nous sommes prêts', 'the minister')] },
  { name: 'low-high quotes', text: '„We are ready,“ the minister said.', want: [d('We are ready', 'the minister')] },
  { name: 'typed double apostrophes', text: "''We must not overreact,'' he told me.", want: [d('We must not overreact', 'he')] },
  { name: 'apostrophes are not quote marks', text: '“Zelensky’s team won’t sign,” Trump’s envoy said.', want: [d('Zelensky’s team won’t sign', 'Trump’s envoy')] },
  { name: 'a trailing comma belongs to the frame, a full stop to the quote', text: '“It is done,” he said. “We won.” she said.', want: [d('It is done'), d('We won.')] },
];

const shapes: Case[] = [
  { name: 'split around the frame: one entry per contiguous span', text: '“He better move fast,” Trump said this week. “Or he won’t have a country left to lead.”', want: [d('He better move fast', 'Trump'), d('Or he won’t have a country left to lead.', 'Trump')] },
  { name: 'split inside one sentence', text: '"My adviser will issue a chart," he said, "and they\'re terrifying."', want: [d('My adviser will issue a chart', 'he'), d("and they're terrifying.", 'he')] },
  { name: 'a paragraph left open and reopened', text: 'Sybiha posted that he had spoken with Rubio “to continue the dialogue.\n\n“I underscored our strong will to achieve peace.”', want: [d('to continue the dialogue.', 'Sybiha'), d('I underscored our strong will to achieve peace.', 'Sybiha')] },
  { name: 'typed-out paragraphs reopened after a full stop', text: 'Ms Hewitt said: "We have already doubled it. "We are going to extend it further."', want: [d('We have already doubled it.', 'Hewitt'), d('We are going to extend it further.', 'Hewitt')] },
  { name: 'a colon at the end of a paragraph introduces the next', text: 'Zelenskyy maintained a diplomatic tone, stating in his nightly address:\n“Our teams are working on a draft agreement.”', want: [d('Our teams are working on a draft agreement.', 'Zelenskyy')] },
  { name: 'a quote-only paragraph continues the last speaker', text: '“I am always open to you investing,” he was quoted as saying by Anadolu news agency.\n“We don’t want to become a centre of raw materials.”', want: [d('I am always open to you investing', 'he'), d('We don’t want to become a centre of raw materials.', 'he')] },
  { name: 'a new frame ends the run', text: '“We will win,” Smith said. The crowd cheered. “Nobody believes that.”', want: [d('We will win', 'Smith')], not: ['Nobody believes that.'] },
];

const fragments: Case[] = [
  { name: 'short words credited by a naming verb', text: 'Trump took to Truth Social hours later, calling Zelensky a “dictator without election” who was doing a “terrible job.”', want: [d('dictator without election', 'Trump'), d('terrible job.', 'Trump')] },
  { name: 'a subject right before a participle', text: 'The crisis deepened, with Trump denouncing Zelensky as a “dictator” and Zelensky accusing Trump of swallowing Russian “disinformation.”', want: [d('dictator', 'Trump'), d('disinformation.', 'Zelensky')] },
  { name: 'scare quotes nobody is said to have said', text: 'The so-called “peace dividend” never came.', want: [], not: ['peace dividend'] },
  { name: 'a programme title is not a quote', text: 'Zelensky said in a “Meet the Press” interview aired Sunday that he would “never accept” decisions made without Ukraine.', want: [i('he would “never accept” decisions made without Ukraine', 'Zelensky'), d('never accept', 'Zelensky')], not: ['Meet the Press'] },
  { name: 'a show named after an outlet', text: 'In an interview on Fox News’s “Fox & Friends,” Waltz said, “There’s obviously a lot of frustration here.”', want: [d('There’s obviously a lot of frustration here.', 'Waltz')], not: ['Fox & Friends'] },
  { name: 'a paraphrase inside a quote is not recorded', text: '“They told him ‘no,\' and he came back empty,” Trump told reporters.', want: [d('They told him ‘no,\' and he came back empty', 'Trump')], not: ['no,', 'no'] },
  { name: 'passive naming is not a speaker', text: 'He was called to the “situation room” at dawn.', want: [], not: ['situation room'] },
];

const indirect: Case[] = [
  { name: 'said that', text: 'Zelensky said that the deal was unfair.', want: [i('the deal was unfair', 'Zelensky')] },
  { name: 'said without that', text: 'Zelenskiy said he believed Ukraine had support in Washington.', want: [i('he believed Ukraine had support in Washington', 'Zelenskiy')] },
  { name: 'told a hearer that', text: 'Zelensky told President Trump during a phone call on Wednesday that Putin is only pretending.', want: [i('Putin is only pretending', 'Zelensky')] },
  { name: 'told a hearer, bare clause', text: 'The president told reporters this weekend he would consider it an insult.', want: [i('he would consider it an insult', 'The president')] },
  { name: 'was quoted as saying', text: 'President Volodymyr Zelenskiy was quoted on Wednesday as saying a U.S. proposal was unfair.', want: [i('a U.S. proposal was unfair', 'Volodymyr Zelenskiy')] },
  { name: 'according to, after the clause', text: 'A draft deal is “not the one Zelensky would accept,” according to a source familiar with the negotiations.', want: [i('A draft deal is “not the one Zelensky would accept,”', 'a source familiar with the negotiations'), d('not the one Zelensky would accept', 'a source familiar with the negotiations')] },
  { name: 'according to, before the clause', text: 'According to sources close to the negotiations, the current draft is unacceptable.', want: [i('the current draft is unacceptable', 'sources close to the negotiations')] },
  { name: 'wrote on Truth Social that', text: 'Trump wrote on Truth Social that Russia has to get moving.', want: [i('Russia has to get moving', 'Trump')] },
  { name: 'X said at the end', text: 'Zelensky’s position frustrated Trump, U.S. and Ukrainian officials say.', want: [i('Zelensky’s position frustrated Trump', 'U.S. and Ukrainian officials')] },
  { name: 'said X at the end', text: 'The talks will resume on Monday, said the minister.', want: [i('The talks will resume on Monday', 'the minister')] },
  { name: 'a frame in mid-sentence', text: 'To prevent problems, he said, local officials should be vigilant.', want: [i('To prevent problems', 'he'), i('local officials should be vigilant', 'he')] },
  { name: 'sources tell Axios', text: 'The Trump administration has given Ukraine an “improved” draft, a Ukrainian official, a U.S. official and three sources with knowledge tell Axios.', want: [i('The Trump administration has given Ukraine an “improved” draft', 'a Ukrainian official, a U.S. official and three sources with knowledge'), d('improved', 'a Ukrainian official, a U.S. official and three sources with knowledge')] },
  { name: 'a colon introduction of indirect content', text: 'Behind the scenes: Zelensky’s position frustrated Trump, officials say.', want: [i('Zelensky’s position frustrated Trump', 'officials')] },
  { name: 'saying/warning/arguing that after a comma', text: 'Some Republicans also voiced concerns, warning that excluding Ukraine weakens U.S. influence.', want: [i('excluding Ukraine weakens U.S. influence', 'Some Republicans')] },
  { name: 'insists', text: 'Trump insists the deal will happen, though Ukraine remains cautious.', want: [i('the deal will happen', 'Trump')] },
  { name: 'expressed confidence that', text: 'Waltz expressed confidence that Zelenskyy will sign the agreement.', want: [i('Zelenskyy will sign the agreement', 'Waltz')] },
  { name: 'made it clear that', text: 'Ukrainian officials have made it clear that they will not sign.', want: [i('they will not sign', 'Ukrainian officials')] },
  { name: 'remain adamant that', text: 'Ukrainian officials remain adamant that the deal must be revised.', want: [i('the deal must be revised', 'Ukrainian officials')] },
  { name: 'point out that', text: 'They point out that the deal would require Ukraine to provide resources.', want: [i('the deal would require Ukraine to provide resources', 'They')] },
  { name: 'claim in a relative clause', text: 'At issue is a draft that Ukrainian officials claim fails to provide assurances.', want: [i('fails to provide assurances', 'Ukrainian officials')] },
  { name: 'posted that', text: 'Ukraine’s foreign minister, Andrii Sybiha, posted that he had spoken with Marco Rubio.', want: [i('he had spoken with Marco Rubio', 'Andrii Sybiha')] },
  { name: 'confirmed to an outlet that', text: 'An official confirmed to state broadcaster Suspilne that no agreement would be reached.', want: [i('no agreement would be reached', 'An official')] },
  { name: 'X reported', text: 'Work had continued on the document “all night,” Suspline reported.', want: [i('Work had continued on the document “all night,”', 'Suspline'), d('all night', 'Suspline')] },
  { name: 'a nominalisation is not indirect speech', text: 'Ukraine’s insistence that it will not sign an agreement was clear.', want: [], not: ['it will not sign an agreement'] },
  { name: 'allegations after a verb are not its clause', text: 'Trump responded Tuesday with unfounded allegations that Zelensky started the war.', want: [], not: ['Zelensky started the war'] },
  { name: 'accusing him of is not indirect speech', text: 'Democrats blasted Trump, accusing him of abandoning an ally.', want: [], not: ['him of abandoning an ally', 'abandoning an ally'] },
  { name: 'a verb of wanting is not speech', text: 'Trump wants the deal signed by Friday.', want: [], not: ['the deal signed by Friday'] },
];

const speakers: Case[] = [
  { name: 'a named person with a title', text: 'White House national security adviser Mike Waltz said on Thursday that Kyiv must return to the table.', want: [i('Kyiv must return to the table', 'Mike Waltz')] },
  { name: 'an honorific and a parenthesis', text: 'Sen. David Perdue (R-Ga.) said he did not believe the claims.', want: [i('he did not believe the claims', 'David Perdue')] },
  { name: 'a pronoun', text: '“This war is taking place inside Ukraine,” he said.', want: [d('This war is taking place inside Ukraine', 'he')] },
  { name: 'a title', text: 'The Treasury secretary said last week that he gave a draft to Zelensky.', want: [i('he gave a draft to Zelensky', 'The Treasury secretary')] },
  { name: 'an anonymous source', text: '“It is not the one he would accept,” a source familiar with the negotiations said.', want: [d('It is not the one he would accept', 'a source familiar with the negotiations')] },
  { name: 'an appositive name wins over the title', text: 'President Trump’s Middle East envoy, Steve Witkoff, confirmed that he will travel to Riyadh.', want: [i('he will travel to Riyadh', 'Steve Witkoff')] },
  { name: 'an aside between subject and verb', text: 'Bessent, who visited Ukraine last week, said striking a deal would send a message.', want: [i('striking a deal would send a message', 'Bessent')] },
  { name: 'a described speaker', text: 'As a phone rang, the announcer said, “It’s 3 a.m. and your children are asleep.”', want: [d('It’s 3 a.m. and your children are asleep.', 'the announcer')] },
];

function check(c: Case): void {
  const quotes = findQuotes(c.text, { published: c.published ?? null });
  for (const w of c.want) {
    const q = quotes.find((x) => x.kind === w.kind && x.text === w.text);
    assert.ok(q, `missing ${w.kind} ${JSON.stringify(w.text)}; got ${JSON.stringify(quotes.map((x) => [x.kind, x.text, x.attribution.speaker.text]))}`);
    if (w.speaker) {
      const sp = q.attribution.speaker;
      assert.ok([sp.text, c.text.slice(sp.phraseStart, sp.phraseEnd)].includes(w.speaker), `speaker ${JSON.stringify(sp.text)} for ${JSON.stringify(w.text)}, wanted ${JSON.stringify(w.speaker)}`);
    }
  }
  for (const t of c.not ?? []) assert.equal(quotes.some((q) => q.text === t), false, `found ${JSON.stringify(t)}`);
  for (const q of quotes) {
    assert.equal(c.text.slice(q.start, q.end), q.text);
    assert.equal(c.text.slice(q.attribution.speaker.start, q.attribution.speaker.end), q.attribution.speaker.text);
  }
}

describe('findQuotes', () => {
  for (const [group, cases] of Object.entries({ styles, shapes, fragments, indirect, speakers })) {
    describe(group, () => {
      for (const c of cases) it(c.name, () => check(c));
    });
  }
});
