/**
 * STL reading (binary and ASCII: one file of the dataset, the biceps femoris short head, was
 * written as ASCII by MeshLab) and exact welding of the triangle soup into an indexed mesh.
 */
export interface IndexedMesh {
  /** xyz per vertex. */
  positions: Float32Array;
  indices: Uint32Array;
}

/** Triangle soup (9 floats per triangle) from an STL file's bytes. */
export function readStl(bytes: Uint8Array): Float32Array {
  const head = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 512)));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = bytes.length >= 84 ? view.getUint32(80, true) : -1;
  // a binary STL may also start with "solid": trust the size check first
  if (declared >= 0 && 84 + declared * 50 === bytes.length) {
    const out = new Float32Array(declared * 9);
    for (let t = 0; t < declared; t++) {
      for (let k = 0; k < 9; k++) out[t * 9 + k] = view.getFloat32(84 + t * 50 + 12 + k * 4, true);
    }
    return out;
  }
  if (!head.trimStart().startsWith('solid')) throw new Error('readStl: neither a binary nor an ASCII STL');
  const text = new TextDecoder().decode(bytes);
  const values: number[] = [];
  const re = /vertex\s+(\S+)\s+(\S+)\s+(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) values.push(Number(m[1]), Number(m[2]), Number(m[3]));
  if (values.length % 9 !== 0 || values.some((v) => !Number.isFinite(v))) throw new Error('readStl: malformed ASCII STL');
  return Float32Array.from(values);
}

/** Merge vertices with identical coordinates; drop triangles that collapse. */
export function weldSoup(soup: Float32Array): IndexedMesh {
  const map = new Map<string, number>();
  const positions: number[] = [];
  const indices: number[] = [];
  const tri = [0, 0, 0];
  for (let t = 0; t < soup.length / 9; t++) {
    for (let v = 0; v < 3; v++) {
      const o = t * 9 + v * 3;
      const key = `${soup[o]},${soup[o + 1]},${soup[o + 2]}`;
      let i = map.get(key);
      if (i === undefined) {
        i = positions.length / 3;
        map.set(key, i);
        positions.push(soup[o], soup[o + 1], soup[o + 2]);
      }
      tri[v] = i;
    }
    if (tri[0] !== tri[1] && tri[1] !== tri[2] && tri[0] !== tri[2]) indices.push(tri[0], tri[1], tri[2]);
  }
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}
