/** Read the re-encoded source surfaces from models/source/ (cached: several steps use the same ones). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeSourceMesh } from './sourceCodec';
import type { IndexedMesh } from './stl';

const SOURCE_DIR = fileURLToPath(new URL('../../source/', import.meta.url));
const cache = new Map<string, Promise<IndexedMesh>>();

/** A source surface in the dataset's own frame (millimetres, z up). */
export function loadSource(copy: string): Promise<IndexedMesh> {
  let p = cache.get(copy);
  if (!p) {
    p = decodeSourceMesh(new Uint8Array(readFileSync(SOURCE_DIR + copy)));
    cache.set(copy, p);
  }
  return p;
}
