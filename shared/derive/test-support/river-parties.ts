/**
 * The parties of a made-up river dispute, shared by sentence tests that give it different demands
 * (accord-exit.test.ts, hindering-grievance.test.ts). Tests only.
 */
import type { Party } from '../../model/ontology';

export const OSK: Party = {
  id: 'osk',
  name: 'Republic of Osk',
  aliases: ['Republic of Osk', 'Osk'],
  adjectives: ['Oskan'],
  officials: [],
};

export const VALEN: Party = {
  id: 'valen',
  name: 'Valen Federation',
  aliases: ['Valen Federation', 'Valen', 'Dunmere'],
  adjectives: ['Valenese'],
  officials: [{ name: 'Piet Arlo', aliases: ['Arlo'], role: 'President', from: '2020-01-01', to: null }],
};
