/**
 * Invented article pairs for the derivation tests: what a rewrite, an expansion, an independent
 * report of the same event and a reused background sentence look like. None is from a real corpus.
 */
export interface DerivationCase {
  name: string;
  a: { text: string; published?: string };
  b: { text: string; published?: string };
  /** Which article is derived from which, or null when neither is. */
  expected: { derived: 'a' | 'b'; from: 'a' | 'b' } | null;
}

const ORIGINAL = `Fishing ministers from Norway and Iceland failed to agree on mackerel quotas on Tuesday after two days of talks in Bergen, according to a diplomat briefed on the negotiations.

The sticking point remains Iceland's demand for a larger share of the North Atlantic catch, which Norway says would breach scientific advice.

"We came here to close the gap, and we closed half of it," Norwegian Fisheries Minister Ingrid Dahl told reporters after the session.

The diplomat said Iceland had asked for 16 percent of the total allowable catch, while Norway offered 11 percent.

An official in the Icelandic Ministry of Industries said a new round would be held in Reykjavik next month.

"Nobody wants another mackerel war," Dahl added, referring to the dispute that led to port bans a decade ago.

Trade groups in both countries have warned that prolonged uncertainty will hurt exporters.`;

const REWRITE = `Background to the Dispute

Tensions over one of the most valuable fish stocks in northern waters have flared once again. Ministers responsible for fisheries in Norway and Iceland ended two days of negotiations in Bergen without a deal on mackerel quotas, a diplomat briefed on the negotiations has revealed. The outcome underscores how hard it is to share a resource that moves freely across borders.

At the centre of the quarrel is Iceland's call for a bigger portion of the North Atlantic catch, a request that Oslo argues goes against the scientific advice.

Voices from the Table

Norway's Fisheries Minister Ingrid Dahl struck a cautiously upbeat tone, telling journalists: "We came here to close the gap, and we closed half of it." Observers say the remark reflects a wider wish on both sides to avoid escalation.

According to the same diplomat, Reykjavik requested 16 percent of the total allowable catch, while Oslo put 11 percent on the table.

An official from the Icelandic Ministry of Industries confirmed that a further round of talks is planned in Reykjavik next month.

Dahl also warned that "nobody wants another mackerel war," a reference to the bitter row that led to port bans ten years ago.

What Comes Next

The stakes for coastal communities could not be higher. Exporters, processors and fishing crews alike depend on a predictable quota system, and industry bodies in both nations have cautioned that continued uncertainty will damage their business. As the talks continue, the world will be watching whether two close neighbours can find common ground.`;

const PRESS_A = `Norwegian Fisheries Minister Ingrid Dahl said on Tuesday that talks with Iceland on mackerel quotas had made progress but ended without a deal.

"We came here to close the gap, and we closed half of it," Dahl told a news conference in Bergen.

She declined to say how far apart the two sides remained, but stressed that Norway would not set its own quota unilaterally this year.

"Nobody wants another mackerel war," she said.

Iceland's negotiator, Gunnar Olafsson, was more downbeat. "We are not there yet, and the science is being read selectively," he said in a separate briefing.

The two countries last clashed over mackerel in 2010, when Iceland sharply raised its catch after the fish began migrating into its waters.`;

const PRESS_B = `Iceland and Norway have again failed to settle their long-running row over North Atlantic mackerel, with ministers leaving Bergen on Tuesday without an agreement.

Speaking to reporters at the end of the meeting, Norway's fisheries minister Ingrid Dahl said: "We came here to close the gap, and we closed half of it."

Industry representatives who attended as observers said the mood had been constructive. Processors in northern Norway are pressing for a quick settlement ahead of the autumn season, when most of the catch is landed.

"Nobody wants another mackerel war," Dahl said, adding that officials would keep in contact over the coming weeks.

The European Union and the Faroe Islands, which also fish the stock, are expected to join a wider round of consultations in London in the spring.`;

const BACKGROUND = 'Copper accounts for roughly half of Chile’s exports and a fifth of government revenue, making the economy highly sensitive to swings in metal prices.';

const RATE_STORY = `The central bank of Chile raised its benchmark interest rate by half a percentage point on Thursday, citing stubborn inflation in services.

${BACKGROUND}

Governor Rosa Vial told a press briefing that further increases could not be ruled out. "We will do what is needed to bring inflation back to target," she said.

Economists polled last week had expected a smaller move.`;

const STRIKE_STORY = `Workers at the Cerro Alto mine in northern Chile walked out on Monday after wage talks with the operator collapsed, a union spokesman said.

The strike halts output at one of the country's ten largest pits. ${BACKGROUND}

"We have been patient for eight months," union leader Tomas Reyes told local radio. The company said it remained open to dialogue.`;

const EXPANDED = `${ORIGINAL}

Analysts in Oslo said the gap between the two offers was narrower than at any point since 2014, and that a deal before the summer season was possible.

Environmental groups urged both governments to stay within the scientific advice, warning that the stock had shrunk for three years in a row.

The Faroe Islands, which also fish the stock, said they would not wait for a bilateral deal and would publish their own quota in June, a move that could complicate any settlement.

Prices for frozen mackerel at the Bergen exchange rose for a second week as buyers in Japan and Nigeria, the largest markets, sought to lock in supplies before the season opens.

In Reykjavik, opposition lawmakers accused the government of giving too much ground and called for a parliamentary debate before any agreement is signed.

Coastal towns on both sides have seen processing jobs move abroad over the past decade, and local councils have asked for a share of any future quota to be reserved for boats that land their catch at home.`;

const CONDENSED = `Norway and Iceland failed to agree on mackerel quotas on Tuesday after two days of talks in Bergen, a diplomat briefed on the negotiations said.

"We came here to close the gap, and we closed half of it," Norwegian Fisheries Minister Ingrid Dahl told reporters. Iceland asked for 16 percent of the total allowable catch, while Norway offered 11 percent.

An official in the Icelandic Ministry of Industries said a new round would be held in Reykjavik next month.

"Nobody wants another mackerel war," Dahl added.`;

export const DERIVATION_CASES: readonly DerivationCase[] = [
  { name: 'a rewrite that pads and paraphrases around the same quotes and sources is derived from the shorter original', a: { text: ORIGINAL }, b: { text: REWRITE }, expected: { derived: 'b', from: 'a' } },
  { name: 'the same, given in the other order', a: { text: REWRITE }, b: { text: ORIGINAL }, expected: { derived: 'a', from: 'b' } },
  { name: 'two independent reports of one press conference with the same quotes are not derived', a: { text: PRESS_A }, b: { text: PRESS_B }, expected: null },
  { name: 'one background sentence reused in two different stories is not derivation', a: { text: RATE_STORY }, b: { text: STRIKE_STORY }, expected: null },
  { name: 'a verbatim expansion is derived from the article it expands', a: { text: EXPANDED }, b: { text: ORIGINAL }, expected: { derived: 'a', from: 'b' } },
  { name: 'when both are dated, the earlier is the original even if it is longer', a: { text: CONDENSED, published: '2024-05-05' }, b: { text: ORIGINAL, published: '2024-05-02' }, expected: { derived: 'a', from: 'b' } },
  { name: 'an independent report is not derived from a rewrite of another report', a: { text: PRESS_B }, b: { text: REWRITE }, expected: null },
];
