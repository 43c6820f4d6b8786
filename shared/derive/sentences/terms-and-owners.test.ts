/**
 * Wordings met in the Belgrade–Pristina dialogue and the Northern Ireland protocol talks, written for these
 * tests in their own words:
 * - "agreed to open negotiations on …": opening talks on a demand is openness, not acceptance;
 * - "agreed to …, but only if/after/under …": a term set after the demand makes the acceptance conditional;
 * - "the Kosovo special police units to leave": a subject that opens with its owner's name is that owner's;
 * - "adamant that …": insisting;
 * - "approach the UN about opening talks": the one spoken to is not the one who would talk;
 * - "pro-UK party", "on UK territory": a leaning or a place names no party holding the demand;
 * - "campaigned hard to keep … out of international bodies", "oppose Kosovo's possible accession";
 * - changes to the Windsor Framework (the protocol's successor) asked for with a word of change only;
 * - "is looking for" what it seeks; a fix or solution to trade frictions lessens them.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const ks = evalOntology('kosovo-serbia-2022.json');
const ni = evalOntology('ni-protocol-2021.json');
const grain = evalOntology('grain-deal-2022.json');

describe('opening negotiations on a demand', () => {
  it('"agreed to open negotiations on" the association: open, not acceptance', () =>
    checkReading(
      {
        name: 'agreed to open negotiations on',
        text: 'According to the EU envoy, Kosovo agreed to open negotiations on arrangements that would secure self-management for the Serb community.',
        published: '2023-03-19',
        expect: [{ party: 'kosovo', demand: 'serb-association', stance: 'open', quote: 'open negotiations' }],
      },
      ks,
    ));
  it('"agreed to begin talks on forming the Association": open', () =>
    checkReading(
      {
        name: 'agreed to begin talks on',
        text: 'Pristina agreed to begin talks on forming the Association of Serb Municipalities.',
        published: '2023-03-19',
        expect: [{ party: 'kosovo', demand: 'serb-association', stance: 'open', quote: 'begin talks' }],
      },
      ks,
    ));
  it('trap: agreeing to the thing itself stays support', () =>
    checkReading(
      {
        name: 'agreed to set up',
        text: 'Kosovo agreed to set up the Association of Serb Municipalities.',
        published: '2023-03-19',
        expect: [
          { party: 'kosovo', demand: 'serb-association', stance: 'supports', quote: 'agreed to set up' },
        ],
      },
      ks,
    ));
  it('trap: the one approached about opening talks is not the one who would talk', () =>
    checkReading(
      {
        name: 'approached about opening talks',
        text: 'Kyiv plans to approach the United Nations and Turkey about opening talks on rolling the Black Sea grain deal over.',
        published: '2023-02-22',
        expect: [],
        none: [
          ['un', 'deal-extension'],
          ['turkey', 'deal-extension'],
        ],
      },
      grain,
    ));
  it('trap: asked about holding talks, the one asked holds nothing', () =>
    checkReading(
      {
        name: 'asked about holding talks',
        text: 'Kyiv will ask the United Nations about holding talks on extending the grain deal.',
        published: '2023-02-22',
        expect: [],
        none: [['un', 'deal-extension']],
      },
      grain,
    ));
});

describe('acceptance on terms set after it ("but only …")', () => {
  it('"promised to hold new elections, but only after a petition": open', () =>
    checkReading(
      {
        name: 'but only after',
        text: 'Kosovo promised to hold new elections in the north, but only after a petition by the residents.',
        published: '2023-10-13',
        expect: [{ party: 'kosovo', demand: 'north-de-escalation', stance: 'open', quote: 'promised' }],
      },
      ks,
    ));
  it('"agreed to set up the Association, but only if Serbia recognises it": open', () =>
    checkReading(
      {
        name: 'but only if',
        text: 'Kosovo has agreed to set up the Association, but only if Serbia recognises it.',
        published: '2023-06-05',
        expect: [{ party: 'kosovo', demand: 'serb-association', stance: 'open', quote: 'agreed to' }],
      },
      ks,
    ));
  it('"promised to hold the elections again": the repeated vote is the demand', () =>
    checkReading(
      {
        name: 'hold the elections again',
        text: 'Kosovo promised to hold the elections again in the four northern municipalities.',
        published: '2023-10-13',
        expect: [{ party: 'kosovo', demand: 'north-de-escalation', stance: 'supports', quote: 'promised' }],
      },
      ks,
    ));
  it('trap: a proposer wanting it on terms still wants it', () =>
    checkReading(
      {
        name: 'proposer but only',
        text: 'Serbia wants the Association set up, but only within the Brussels framework.',
        published: '2023-06-05',
        expect: [{ party: 'serbia', demand: 'serb-association', stance: 'supports', quote: 'wants' }],
      },
      ks,
    ));
  it('trap: ", only after long talks" tells when, not on what terms', () =>
    checkReading(
      {
        name: 'comma only after',
        text: 'Kosovo agreed to set up the Association, only after long talks in Brussels.',
        published: '2023-06-05',
        expect: [{ party: 'kosovo', demand: 'serb-association', stance: 'supports', quote: 'agreed to' }],
      },
      ks,
    ));
});

describe('a subject that opens with its owner', () => {
  it('"wants Kosovo\'s special police units to leave the north": the Kosovo Serbs want the pullout', () =>
    checkReading(
      {
        name: 'owner at subject start, leave',
        text: "The Serb List wants Kosovo's special police units to leave the north.",
        published: '2023-06-05',
        expect: [
          { party: 'kosovo-serbs', demand: 'north-de-escalation', stance: 'supports', quote: 'wants' },
        ],
      },
      ks,
    ));
  it('"demands that the Kosovo special police units be withdrawn"', () =>
    checkReading(
      {
        name: 'owner at subject start, passive',
        text: 'Belgrade demands that the Kosovo special police units be withdrawn from the north.',
        published: '2023-06-05',
        expect: [{ party: 'serbia', demand: 'north-de-escalation', stance: 'supports', quote: 'demands' }],
      },
      ks,
    ));
  it('trap: people leaving the north are no police pulled out', () =>
    checkReading(
      {
        name: 'people leave',
        text: 'Many young Serbs leave the north of Kosovo every year for jobs in Belgrade.',
        published: '2023-06-05',
        expect: [],
        none: [
          ['kosovo-serbs', 'north-de-escalation'],
          ['serbia', 'north-de-escalation'],
        ],
      },
      ks,
    ));
  it("trap: Serbian police leaving Serbia's own north is not the demand", () =>
    checkReading(
      {
        name: 'own police leave',
        text: 'Serbian special police units will leave the north of Serbia next week, Vucic said.',
        published: '2023-06-05',
        expect: [],
        none: [['serbia', 'north-de-escalation']],
      },
      ks,
    ));
});

describe('plates another side issued, an association of one ethnicity', () => {
  it('"refusal to accept car plates that Belgrade had issued": Pristina wants them replaced', () =>
    checkReading(
      {
        name: 'plates that Belgrade had issued',
        text: "Northern Serbs quit in protest at Pristina's refusal to accept car plates that Belgrade had issued.",
        published: '2023-04-23',
        expect: [
          { party: 'kosovo', demand: 'licence-plates', stance: 'supports', quote: 'refusal to accept' },
        ],
      },
      ks,
    ));
  it('"come out against an association built on a single ethnicity": Kosovo refuses it', () =>
    checkReading(
      {
        name: 'single ethnicity',
        text: "Kosovo's government has come out against an association built on a single ethnicity.",
        published: '2023-06-05',
        expect: [
          { party: 'kosovo', demand: 'serb-association', stance: 'rejects', quote: 'come out against' },
        ],
      },
      ks,
    ));
  it('trap: a fact about plates that Belgrade had issued is no stance', () =>
    checkReading(
      {
        name: 'plates fact',
        text: 'Drivers with plates that Belgrade had issued crossed at Jarinje without trouble, the police said.',
        published: '2023-04-23',
        expect: [],
        none: [
          ['kosovo', 'licence-plates'],
          ['kosovo-serbs', 'licence-plates'],
          ['serbia', 'licence-plates'],
        ],
      },
      ks,
    ));
});

describe('insisting and the court’s role (Northern Ireland)', () => {
  it('"adamant that the court\'s role must go": the DUP wants it removed', () =>
    checkReading(
      {
        name: 'adamant, court role must go',
        text: "The DUP is adamant that the court's role must go.",
        published: '2023-02-10',
        expect: [{ party: 'dup', demand: 'ecj-role-removal', stance: 'supports', quote: 'must go' }],
      },
      ni,
    ));
  it('"adamant that the protocol will not be renegotiated": the EU refuses', () =>
    checkReading(
      {
        name: 'adamant, not renegotiated',
        text: 'The EU is adamant that the protocol will not be renegotiated.',
        published: '2021-07-21',
        expect: [{ party: 'eu', demand: 'protocol-renegotiation', stance: 'rejects', quote: 'adamant' }],
      },
      ni,
    ));
  it('"the court will remain the final authority on EU law": the EU keeps the court', () =>
    checkReading(
      {
        name: 'final authority on EU law',
        text: 'The Commission said the court will remain the final authority on EU law in Northern Ireland.',
        published: '2023-02-10',
        expect: [{ party: 'eu', demand: 'ecj-role-removal', stance: 'rejects', quote: 'final authority' }],
      },
      ni,
    ));
  it('"the court\'s role must not go": the EU keeps it (no removal read from the denied "must go")', () =>
    checkReading(
      {
        name: 'must not go',
        text: "The Commission said the court's role must not go.",
        published: '2023-02-10',
        expect: [{ party: 'eu', demand: 'ecj-role-removal', stance: 'rejects', quote: 'must not go' }],
      },
      ni,
    ));
  it('trap: adamant about something else', () =>
    checkReading(
      {
        name: 'adamant, other',
        text: 'Officials were adamant that the talks had gone well.',
        published: '2023-02-10',
        expect: [],
        none: [
          ['uk', 'protocol-renegotiation'],
          ['eu', 'protocol-renegotiation'],
        ],
      },
      ni,
    ));
  it('trap: "pro-UK party" and "on UK territory" name no British stance', () =>
    checkReading(
      {
        name: 'pro-UK and UK territory',
        text: "Sunak weighs what role he can accept for the court. At the same time, some in the Democratic Unionist party, the main pro-UK party, are adamant that the court's role must go, because it means EU law still applies on UK territory.",
        published: '2023-02-10',
        expect: [{ party: 'dup', demand: 'ecj-role-removal', stance: 'supports', quote: 'must go' }],
        none: [['uk', 'ecj-role-removal']],
      },
      ni,
    ));
});

describe('keeping Kosovo out of international bodies', () => {
  it('"campaigned hard to keep the new state out of international bodies": Serbia refuses', () =>
    checkReading(
      {
        name: 'campaigned hard to keep out',
        text: 'Belgrade has campaigned hard to keep the new state out of international bodies.',
        published: '2024-03-27',
        expect: [
          {
            party: 'serbia',
            demand: 'international-membership',
            stance: 'rejects',
            quote: 'campaigned hard',
          },
        ],
      },
      ks,
    ));
  it('"oppose Kosovo\'s possible accession": Serbia refuses', () =>
    checkReading(
      {
        name: 'oppose possible accession',
        text: "Serbian officials have made clear they oppose Kosovo's possible accession.",
        published: '2024-04-17',
        expect: [{ party: 'serbia', demand: 'international-membership', stance: 'rejects', quote: 'oppose' }],
      },
      ks,
    ));
  it('"will do everything to stop Kosovo from joining the Council of Europe": Serbia refuses', () =>
    checkReading(
      {
        name: 'stop Kosovo from joining',
        text: 'Serbia will do everything to stop Kosovo from joining the Council of Europe, Vucic said.',
        published: '2024-03-27',
        expect: [
          { party: 'serbia', demand: 'international-membership', stance: 'rejects', quote: 'stop Kosovo' },
        ],
      },
      ks,
    ));
  it('"lobbied hard for the Association": pushing hard is still asking', () =>
    checkReading(
      {
        name: 'lobbied hard for',
        text: 'Serbia lobbied hard for the Association to be set up.',
        published: '2023-06-05',
        expect: [{ party: 'serbia', demand: 'serb-association', stance: 'supports', quote: 'lobbied hard' }],
      },
      ks,
    ));
  it('trap: working hard on something else', () =>
    checkReading(
      {
        name: 'campaigned hard, other',
        text: 'Belgrade campaigned hard in the local elections last spring.',
        published: '2024-03-27',
        expect: [],
        none: [['serbia', 'international-membership']],
      },
      ks,
    ));
});

describe('changes to the Windsor Framework', () => {
  it('"there needs to be change and re-working of the Windsor Framework": the DUP wants it reworked', () =>
    checkReading(
      {
        name: 're-working of the Windsor Framework',
        text: 'The DUP said there needs to be clarification, change and re-working of the Windsor Framework.',
        published: '2023-03-20',
        expect: [{ party: 'dup', demand: 'protocol-renegotiation', stance: 'supports', quote: 're-working' }],
      },
      ni,
    ));
  it('"the Windsor Framework would not be renegotiated": the EU refuses', () =>
    checkReading(
      {
        name: 'Windsor not renegotiated',
        text: 'The EU said the Windsor Framework would not be renegotiated.',
        published: '2023-03-20',
        expect: [
          { party: 'eu', demand: 'protocol-renegotiation', stance: 'rejects', quote: 'not be renegotiated' },
        ],
      },
      ni,
    ));
  it('trap: talking over or defending the framework is no call to rework it', () =>
    checkReading(
      {
        name: 'discussing the Windsor Framework',
        text: 'Sunak defended the Windsor Framework in the Commons, and ministers said they had been discussing the Windsor Framework with the parties.',
        published: '2023-03-20',
        expect: [],
        none: [
          ['uk', 'protocol-renegotiation'],
          ['eu', 'protocol-renegotiation'],
        ],
      },
      ni,
    ));
});

describe('looking for something, and fixes to frictions', () => {
  it('"is looking for a pause during which changes to the protocol could be negotiated": London seeks the changes', () =>
    checkReading(
      {
        name: 'is looking for a pause',
        text: 'London has made clear that it is looking for a pause during which sweeping changes to the protocol could be negotiated.',
        published: '2021-07-21',
        expect: [
          { party: 'uk', demand: 'protocol-renegotiation', stance: 'supports', quote: 'is looking for' },
        ],
      },
      ni,
    ));
  it('"The EU is looking for solutions within the protocol": no rewrite', () =>
    checkReading(
      {
        name: 'looking for solutions within',
        text: 'The EU is looking for solutions within the protocol.',
        published: '2021-07-21',
        expect: [{ party: 'eu', demand: 'protocol-renegotiation', stance: 'rejects', quote: 'looking for' }],
      },
      ni,
    ));
  it('"The UK wants to fix the checks on goods crossing the Irish Sea": fewer checks', () =>
    checkReading(
      {
        name: 'fix the checks',
        text: 'The UK wants to fix the checks on goods crossing the Irish Sea.',
        published: '2021-07-21',
        expect: [{ party: 'uk', demand: 'checks-reduction', stance: 'supports', quote: 'wants' }],
      },
      ni,
    ));
  it('trap: looking for fixes to trade frictions is no wish to keep the checks', () =>
    checkReading(
      {
        name: 'fixes to frictions',
        text: 'The Commission said it was looking for creative fixes to the frictions in trade across the Irish Sea.',
        published: '2021-07-21',
        expect: [],
        none: [['eu', 'checks-reduction']],
      },
      ni,
    ));
  it('trap: police looking for attackers', () =>
    checkReading(
      {
        name: 'police looking for',
        text: 'Police in Belfast are looking for the men who attacked the border post on the protocol.',
        published: '2021-07-21',
        expect: [],
        none: [
          ['uk', 'protocol-renegotiation'],
          ['uk', 'checks-reduction'],
        ],
      },
      ni,
    ));
  it('trap: "willing to look for" is no progressive seeking', () =>
    checkReading(
      {
        name: 'willing to look for',
        text: 'Brussels said it was willing to look for new ideas on the protocol.',
        published: '2021-07-21',
        expect: [],
        none: [['eu', 'protocol-renegotiation']],
      },
      ni,
    ));
});
