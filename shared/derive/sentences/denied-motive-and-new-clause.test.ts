/**
 * Three readings of where a negation, a cue or a time word stops (eval ontologies
 * armenia-azerbaijan-2025 and gaza-ceasefire-2024):
 * - a refusal denied together with its motive ("denied that he wants to change the constitution because
 *   Baku demands it"): the denial may be of the motive, so the refusal is left unclear;
 * - a cue with an object of its own before ", and" does not reach a demand in the subject of a new clause
 *   ("… putting forward a final text, and a separate commission on border delimitation will meet");
 * - a plain "soon" ("the talks would resume soon") limits nothing in time, unlike "any time soon";
 * - "any such corridor" after a sentence that asked for one demand only is that demand, when the noun
 *   names the demand's thing itself (a phrase of it ends in the noun), not what it would remove;
 * - opening "communication lines" in general is no Nakhchivan corridor (the ontology's weak subjects);
 * - "unease about" / "uneasy about" / "misgivings about", like "concern about", object to what follows.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const aa = evalOntology('armenia-azerbaijan-2025.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const CC = 'constitution-change';
const TC = 'transit-corridor';
const BD = 'border-delimitation';
const PC = 'permanent-ceasefire';

const aaCases: ReadingCase[] = [
  {
    name: 'a wish denied together with its motive, another party demanding it: unclear, not a refusal',
    text: 'Pashinyan denied that he wants to change the constitution because Baku demands it.',
    expect: [{ party: 'armenia', demand: CC, stance: 'unclear', quote: 'wants' }],
  },
  {
    name: 'trap: a refusal with a reason that is no other party demanding stays a refusal',
    text: 'Pashinyan said he does not want to change the constitution because voters are tired of referendums.',
    expect: [{ party: 'armenia', demand: CC, stance: 'rejects', quote: 'want' }],
  },
  {
    name: 'a cue with its own object before ", and" does not reach a demand in the next clause\'s subject',
    text: 'According to Lavrov, one commission is close to putting forward a final text, and a separate commission on border delimitation will meet next week.',
    expect: [],
    none: [['russia', BD]],
  },
  {
    name: 'trap: a second object after "and" is still the cue\'s',
    text: 'Lavrov backs a final agreement and the delimitation of the border.',
    expect: [{ party: 'russia', demand: BD, stance: 'supports', quote: 'backs' }],
  },
  {
    name: 'a plain "soon" in the clause is no limit in time on the backing',
    text: 'Lavrov said Moscow backs the delimitation of the border and the commission would meet soon.',
    expect: [{ party: 'russia', demand: BD, stance: 'supports', quote: 'backs' }],
  },
  {
    name: '"any such corridor" after a call for the one demand is that demand',
    text: 'Erdogan called on Armenia to open a route to Nakhchivan. Armenia has rejected any such corridor.',
    expect: [
      { party: 'turkey', demand: TC, stance: 'supports', quote: 'called on' },
      { party: 'armenia', demand: TC, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: 'trap: "such" with a noun that is no name of the demand\'s thing points at nothing',
    text: 'Erdogan called on Armenia to open a route to Nakhchivan. Armenia has rejected any such step.',
    expect: [{ party: 'turkey', demand: TC, stance: 'supports', quote: 'called on' }],
    none: [['armenia', TC]],
  },
  {
    name: 'trap: "such forces" after a call for their withdrawal is not the withdrawal',
    text: 'Pashinyan called for the withdrawal of Azerbaijani forces from Armenian territory. Aliyev said no such forces were there.',
    expect: [{ party: 'armenia', demand: BD, stance: 'supports', quote: 'called for' }],
    none: [['azerbaijan', BD]],
  },
  {
    name: 'trap: "any such corridor" after a sentence asking two demands is neither',
    text: 'Erdogan called on Armenia to open a route to Nakhchivan and change its constitution. Armenia has rejected any such corridor.',
    expect: [],
    none: [
      ['armenia', TC],
      ['armenia', CC],
    ],
  },
  {
    name: 'trap: support for opening communication lines in general is no corridor',
    text: "Iran's ambassador voiced support for opening communication lines near Zangezur.",
    expect: [],
    none: [['iran', TC]],
  },
  {
    name: 'unease voiced about the route: an objection, like concern about it',
    text: 'Tehran has voiced a degree of unease about the planned Trump Route through Syunik.',
    expect: [{ party: 'iran', demand: TC, stance: 'rejects', quote: 'unease about' }],
  },
  {
    name: 'uneasy about the corridor: an objection',
    text: 'Iran remains uneasy about the Zangezur corridor, its foreign minister said.',
    expect: [{ party: 'iran', demand: TC, stance: 'rejects', quote: 'uneasy about' }],
  },
  {
    name: 'trap: unease about something else says nothing of the corridor named later',
    text: 'Iran voiced unease about rising prices at home; separately, Azerbaijan hosted talks in Baku.',
    expect: [],
    none: [['iran', TC]],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: 'trap: a refusal whose reason names another party but no demand of its stays a refusal',
    text: 'Netanyahu said Israel does not want a permanent ceasefire because Hamas would rearm.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'want' }],
  },
  {
    name: 'trap: an outright rejection with the other side demanding it as the reason stays a rejection',
    text: 'Israel rejected a permanent ceasefire because Hamas demands it.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'backing with a plain "soon" in the clause stays backing',
    text: 'Egypt said it backs a permanent ceasefire and the talks would resume soon.',
    expect: [{ party: 'egypt', demand: PC, stance: 'supports', quote: 'backs' }],
  },
  {
    name: 'a cue with its own object does not reach the subject of a new clause after ", and"',
    text: 'Qatar has welcomed the new proposal, and a permanent ceasefire will be on the agenda next week.',
    expect: [],
    none: [['qatar', PC]],
  },
];

describe('denied motives, new clauses after ", and", a plain "soon"', () => {
  for (const c of aaCases) it(c.name, () => checkReading({ published: '2024-06-01', ...c }, aa));
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-06-01', ...c }, gaza));
});
