/**
 * A reported clause whose subject is part of a body, or people within it (other-actor-subject.ts): "Biden
 * said that some in Netanyahu's governing coalition want to hold on to Gaza and go on fighting" had read
 * the United States *rejecting* a permanent ceasefire, and "Egyptian officials said the group had signed
 * off on the first stage but was seeking pledges that the pause would become a lasting end to the war" read
 * Egypt *supporting* it: what a speaker reports of others ("some in the coalition", "many lawmakers",
 * "hardliners", "the families", "the movement") is no position of the speaker's. A second predicate
 * joined by "and"/"but" shares the clause's subject. "walked back", "fight back", "hit back" are particles,
 * not "to back" a demand.
 * Found in coverage: States Newsroom (31 May 2024, Biden's speech on the ceasefire plan), Reuters via The
 * Insight Post (1 June 2024: those in Israel who want the war to go on), Al-Manar (7 March 2024, Egyptian
 * officials on Hamas's position), The Jerusalem Post (23 December 2024, Israeli officials on Hamas walking
 * back understandings). Kept: the speaker's own demand put on another ("Hamas must release …"), the
 * speaker's party as subject, and a party named as subject ("the Israeli government … wants").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const read = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-06-01');
const PC = 'permanent-ceasefire';
const HR = 'hostage-release';

describe("what a speaker reports of part of a body is not the speaker's position (s50)", () => {
  it('trap: "some in Netanyahu\'s coalition want … and go on fighting"', () =>
    read(
      'some in',
      "Biden said that some in Netanyahu's governing coalition want to hold on to Gaza and go on fighting for years.",
      [],
      [
        ['united-states', PC],
        ['israel', PC],
      ],
    ));
  it('trap: "hardliners want to keep fighting"', () =>
    read(
      'hardliners',
      'Blinken said hardliners want to keep fighting in Gaza.',
      [],
      [['united-states', PC]],
    ));
  it('trap: "many lawmakers want a permanent ceasefire"', () =>
    read(
      'many lawmakers',
      'Sullivan said that many lawmakers want a permanent ceasefire.',
      [],
      [['united-states', PC]],
    ));
  it('trap: "the families want the hostages released"', () =>
    read(
      'families',
      "Qatar's prime minister said the families want the hostages released.",
      [],
      [['qatar', HR]],
    ));
  it('trap: "… the movement had accepted the first stage but was still seeking a permanent ceasefire"', () =>
    read(
      'but was seeking',
      'An Egyptian official said the movement had accepted the first stage but was still seeking a permanent ceasefire.',
      [],
      [['egypt', PC]],
    ));
  it('trap: "… the group had signed off on … but was seeking pledges that the pause would become a lasting end to the war"', () =>
    read(
      'but was seeking pledges',
      'Egyptian officials said the group had signed off on the main terms of a first phase but was seeking pledges that the pause would become a lasting end to the war.',
      [],
      [['egypt', PC]],
    ));
  it('trap: "Hamas had walked back several understandings": no backing', () =>
    read(
      'walked back',
      'Israeli officials said Hamas had walked back several understandings, the end of the war among them.',
      [],
      [['hamas', PC]],
    ));
  it('"Israel would fight back and would not end the war": a refusal, not an offer', () =>
    read('fight back', 'Netanyahu said Israel would fight back and would not end the war.', [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'end' },
    ]));
  it('kept: "Biden said that Hamas must release all the hostages" (his own demand)', () =>
    read('must', 'Biden said that Hamas must release all the hostages.', [
      { party: 'united-states', demand: HR, stance: 'supports', quote: 'must' },
    ]));
  it('kept: "Blinken said the United States wants a permanent ceasefire"', () =>
    read('own party', 'Blinken said the United States wants a permanent ceasefire.', [
      { party: 'united-states', demand: PC, stance: 'supports', quote: 'wants' },
    ]));
  it('kept: "… the Israeli government had accepted the proposal and wants the hostages home"', () =>
    read(
      'named party',
      'Blinken said the Israeli government had accepted the proposal and wants the hostages home.',
      [{ party: 'israel', demand: HR, stance: 'supports', quote: 'wants' }],
    ));
  it('kept: "Hamas said it backs a permanent ceasefire"', () =>
    read('backs', 'Hamas said it backs a permanent ceasefire.', [
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'backs' },
    ]));
});
