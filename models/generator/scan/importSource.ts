/**
 * `npm run import:source -- <dataset folder>`: copy the Visible Human Female surfaces the model uses
 * into models/source/ (re-encoded: welded, 16-bit positions, meshopt-compressed; sourceCodec.ts) and
 * write models/source/manifest.json (file as received with its SHA-256, the copy with its SHA-256,
 * the structure ids it becomes, what was changed). Run once when the source data changes; the model
 * build reads only models/source/.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSourceMesh } from './sourceCodec';
import { SOURCE_FILES } from './sources';
import { readStl, weldSoup } from './stl';

const from = process.argv[2];
if (!from) throw new Error('usage: npm run import:source -- <folder with the VHF_*.stl files>');
const to = fileURLToPath(new URL('../../source/', import.meta.url));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const entries = [];
for (const s of SOURCE_FILES) {
  const raw = new Uint8Array(readFileSync(join(from, s.file)));
  const soup = readStl(raw);
  const mesh = weldSoup(soup);
  const encoded = await encodeSourceMesh(mesh);
  writeFileSync(join(to, s.copy), encoded);
  entries.push({
    source: s.file,
    sourceSha256: sha(raw),
    copy: s.copy,
    copySha256: sha(encoded),
    structures: [...new Set(s.ids)],
    triangles: mesh.indices.length / 3,
    vertices: mesh.positions.length / 3,
  });
  console.log(`${s.copy.padEnd(40)} ${String(mesh.indices.length / 3).padStart(7)} tris  ${(raw.length / 1024).toFixed(0).padStart(6)} → ${(encoded.length / 1024).toFixed(0)} KiB`);
}
const manifest = {
  dataset: 'Visible Human Female, right lower limb surfaces (and the left biceps femoris long head)',
  citation:
    'Andreassen TE, Hume DR, Hamilton LD, Walker KE, Higinbotham SE, Shelburne KB. Three-dimensional lower extremity musculoskeletal geometry of the Visible Human Female and Male. Scientific Data 2022. doi:10.1038/s41597-022-01905-2',
  datasetDoi: '10.56902/COB.vh.2022.0',
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  changes:
    'Re-encoded from STL: identical vertices welded, positions quantized to 16 bits per axis over each surface\'s bounding box, buffers compressed with meshoptimizer (lossless codecs). Units and frame unchanged (millimetres, the dataset\'s frame, z up). The model pipeline (models/generator/scan/) then cleans, smooths, simplifies, splits, poses and scales them: see models/README.md.',
  files: entries,
};
writeFileSync(join(to, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
