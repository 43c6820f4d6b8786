/**
 * `npm run pipeline:bump`: after a change to shared/derive, raise PIPELINE_VERSION and record the
 * new source hash, so no cache derived by the old code is reused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { derivationSourceHash, PROJECT } from './derivation-source-hash.mjs';

const file = path.join(PROJECT, 'shared', 'derive', 'pipeline-version.ts');
const text = readFileSync(file, 'utf8');
const hash = derivationSourceHash();
const recorded = /DERIVATION_SOURCE = '([0-9a-f]+)'/.exec(text)?.[1];
if (recorded === hash) {
  console.log(`shared/derive is unchanged (source ${hash}); PIPELINE_VERSION stays.`);
} else {
  const version = Number(/PIPELINE_VERSION = (\d+)/.exec(text)?.[1] ?? '0') + 1;
  writeFileSync(
    file,
    text
      .replace(/PIPELINE_VERSION = \d+/, `PIPELINE_VERSION = ${version}`)
      .replace(/DERIVATION_SOURCE = '[0-9a-f]*'/, `DERIVATION_SOURCE = '${hash}'`),
  );
  console.log(`PIPELINE_VERSION is now ${version} (source ${hash}).`);
}
