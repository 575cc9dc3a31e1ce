/** `npm run build:model`: writes models/lower-leg.glb (deterministic; see tests/unit/model.test.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLowerLegGlb } from './build';

const out = fileURLToPath(new URL('../lower-leg.glb', import.meta.url));
const started = Date.now();
const bytes = await buildLowerLegGlb();
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.byteLength / 1024).toFixed(0)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
