/**
 * Weapons sent, supplied or delivered to a party are arms handed over, not weapons stationed there
 * (arms-transfer.ts): "Germany will not send offensive weapons to Ukraine" had read Germany *supporting*
 * limits on missile deployments near Russia, and "Moscow's note calls on the US to stop sending any
 * weapons to Ukraine" Russia supporting them. Coverage of January–February 2022 speaks of arms deliveries in
 * these words apart from the deployment demand: Berlin's refusal to send arms to Ukraine (a rewrite of 1 February
 * 2022 on neritam.wordpress.com; Marbacher Zeitung, February 2022), Moscow's note of 17 February calling on the
 * US to stop sending weapons to Ukraine (The Independent, citing RIA Novosti).
 * Kept: deploying or stationing weapons in Ukraine is the demand ("The US will not deploy offensive weapons in
 * Ukraine"); troops sent to a member are forces fielded, not arms handed over.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'trap: "Germany will not send offensive weapons to Ukraine" is no stance on missile limits',
    text: 'Germany will not send offensive weapons to Ukraine, the chancellor said.',
    published,
    expect: [],
    none: [
      ['germany', MD],
      ['ukraine', MD],
    ],
  },
  {
    name: 'trap: "the note calls on the US to stop sending any weapons to Ukraine" is no missile demand',
    text: 'The Russian note calls on the United States to stop sending any weapons to Ukraine.',
    published: '2022-02-17',
    expect: [],
    noneButStated: [['russia', MD]],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "Britain is supplying anti-tank missiles to Kyiv" is no stance on missile deployments',
    text: 'Britain is supplying anti-tank missiles to Kyiv, the defence secretary said.',
    published,
    expect: [],
    none: [
      ['uk', MD],
      ['ukraine', MD],
    ],
  },
  {
    name: 'kept: "The US will not deploy offensive weapons in Ukraine" is the demand',
    text: 'The US will not deploy offensive weapons in Ukraine, Biden said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'will' }],
  },
  {
    name: 'kept: "Washington has no intention of stationing offensive missiles in Ukraine" is the demand',
    text: 'Washington has no intention of stationing offensive missiles in Ukraine, the official said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'intention' }],
  },
  {
    name: 'kept: "Moscow demands that no strike weapons be deployed near its borders" is the demand',
    text: 'Moscow demands that no strike weapons be deployed near its borders.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'demands' }],
  },
];

describe('arms handed over are no weapons stationed (session 48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
