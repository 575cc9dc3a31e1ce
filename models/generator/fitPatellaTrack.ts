/** `npm run fit:patella`: writes src/kinematics/patellaTrack.ts from the current bones (see patellaFit.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { patellaTrackSource } from './patellaFit';

const out = fileURLToPath(new URL('../../src/kinematics/patellaTrack.ts', import.meta.url));
writeFileSync(out, patellaTrackSource());
console.log(`wrote ${out}`);
