/** The generator's steps, each on its own: loft, skin weights, clips, push-out, SDF meshing. */
import { describe, expect, it } from 'vitest';
import { KNEE, jointAngle } from '../../src/kinematics/joints';
import type { Quat } from '../../src/kinematics/joints';
import { boneFields } from '../../models/generator/bones';
import { pushOutOfBones } from '../../models/generator/build';
import { CLIPS, sampleClip } from '../../models/generator/clips';
import { loft } from '../../models/generator/loft';
import type { PathPoint } from '../../models/generator/loft';
import { initMeshing, meshSdf } from '../../models/generator/meshing';
import { sphere } from '../../models/generator/sdf';
import { skinToBones } from '../../models/generator/skinning';

const path: PathPoint[] = [
  { p: [0, 0.6, -0.03], segment: 'thigh' },
  { p: [0, 0.52, -0.035], segment: 'thigh' },
  { p: [0, 0.45, -0.04], segment: 'shank' },
  { p: [0, 0.3, -0.05], segment: 'shank' },
];
const profile = [
  [0, 0.005, 0.004],
  [0.5, 0.02, 0.015],
  [1, 0.004, 0.003],
] as const;

describe('loft', () => {
  it('sweeps a closed tube whose normals point away from the centre line and whose belly follows the profile', () => {
    const t = loft(path, profile, { rings: 30, sides: 16, capRings: 0 });
    expect(t.positions.length / 3).toBe(30 * 16 + 2);
    expect(t.indices.length / 3).toBe(29 * 16 * 2 + 2 * 16);
    // every edge is shared by exactly two triangles: the tube is closed
    const edges = new Map<string, number>();
    for (let i = 0; i < t.indices.length; i += 3) {
      for (let k = 0; k < 3; k++) {
        const a = t.indices[i + k];
        const b = t.indices[i + ((k + 1) % 3)];
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect([...edges.values()].every((n) => n === 2)).toBe(true);
    const mid = 15 * 16;
    const c = t.centre[15];
    const out = [t.positions[mid * 3] - c[0], t.positions[mid * 3 + 1] - c[1], t.positions[mid * 3 + 2] - c[2]];
    const n = [t.normals[mid * 3], t.normals[mid * 3 + 1], t.normals[mid * 3 + 2]];
    expect(out[0] * n[0] + out[1] * n[1] + out[2] * n[2]).toBeGreaterThan(0);
    const radius = Math.hypot(out[0], out[1], out[2]);
    expect(radius).toBeGreaterThan(0.013);
    expect(radius).toBeLessThan(0.021);
  });

  it('rounds both ends into domes whose rings shrink toward a pole one half-thickness beyond the end', () => {
    const t = loft(path, profile, { rings: 30, sides: 16, capRings: 3 });
    expect(t.positions.length / 3).toBe((30 + 6) * 16 + 2);
    const ringRadius = (ring: number): number => {
      let r = 0;
      let c = [0, 0, 0];
      for (let k = 0; k < 16; k++) for (let j = 0; j < 3; j++) c[j] += t.positions[(ring * 16 + k) * 3 + j] / 16;
      for (let k = 0; k < 16; k++) r = Math.max(r, Math.hypot(...[0, 1, 2].map((j) => t.positions[(ring * 16 + k) * 3 + j] - c[j])));
      return r;
    };
    // start dome: rings 0..2 grow toward the first body ring (3)
    expect(ringRadius(0)).toBeLessThan(ringRadius(1));
    expect(ringRadius(1)).toBeLessThan(ringRadius(2));
    expect(ringRadius(2)).toBeLessThan(ringRadius(3) + 1e-9);
    const pole = [0, 1, 2].map((j) => t.positions[36 * 16 * 3 + j]);
    const gap = Math.hypot(...[0, 1, 2].map((j) => pole[j] - t.centre[0][j]));
    expect(gap).toBeCloseTo(0.004, 4); // half-thickness at s = 0 (profile: 0.004)
  });

  it('refuses a path of one point', () => {
    expect(() => loft([path[0]], profile)).toThrow(/at least two points/);
  });
});

describe('skinToBones', () => {
  it('weights go from thigh at the origin to shank at the end, summing to 1, changing near the knee', () => {
    const t = loft(path, profile, { rings: 40, sides: 8 });
    const w = skinToBones(path, t);
    for (let v = 0; v < t.along.length; v++) {
      expect(w[v * 3] + w[v * 3 + 1] + w[v * 3 + 2]).toBeCloseTo(1, 6);
      expect(w[v * 3 + 2]).toBe(0);
    }
    expect(w[0]).toBe(1); // first ring: thigh
    const last = (40 - 1) * 8;
    expect(w[last * 3 + 1]).toBe(1); // last ring: shank
    // the blend happens where the path passes the knee (y ≈ 0.5), not at the ends
    for (let i = 0; i < 40; i++) {
      const y = t.centre[i][1];
      const thigh = w[i * 8 * 3];
      if (y > KNEE.centre[1] + 0.04) expect(thigh).toBe(1);
      if (y < KNEE.centre[1] - 0.04) expect(thigh).toBe(0);
    }
  });
});

describe('clips', () => {
  it.each(CLIPS)('$name: 30 fps, starts and ends at 0°, peaks at the range limit, eases smoothly', (clip) => {
    const { times, rotations } = sampleClip(clip);
    expect(times[1] - times[0]).toBeCloseTo(1 / 30, 6);
    expect(times[times.length - 1]).toBeCloseTo(clip.duration, 6);
    const angles = Array.from({ length: times.length }, (_, i) => jointAngle(clip.joint, Array.from(rotations.subarray(i * 4, i * 4 + 4)) as unknown as Quat));
    expect(angles[0]).toBeCloseTo(0, 6);
    expect(angles[angles.length - 1]).toBeCloseTo(0, 6);
    expect(Math.max(...angles)).toBeCloseTo(clip.joint.range.max, 3);
    // smooth ease: no frame-to-frame jump larger than the peak × π / frames
    for (let i = 1; i < angles.length; i++) expect(Math.abs(angles[i] - angles[i - 1])).toBeLessThan((clip.peak * Math.PI) / (angles.length - 1) + 1e-6);
  });
});

describe('pushOutOfBones', () => {
  it('moves points inside a bone out to its surface and leaves others alone', () => {
    const fields = boneFields();
    const inside = [0.0, 0.3, 0.0]; // tibial shaft
    const outside = [0.0, 0.3, -0.08]; // behind the calf
    const p = new Float32Array([...inside, ...outside]);
    pushOutOfBones(p, fields);
    expect(fields.tibia.sdf(p[0], p[1], p[2])).toBeGreaterThan(0);
    expect(Array.from(p.subarray(3))).toEqual(outside.map((v) => Math.fround(v)));
  });
});

describe('meshSdf', () => {
  it('meshes a field into a closed surface on the zero level set with outward normals', async () => {
    await initMeshing();
    const f = sphere([0, 0, 0], 0.02);
    const m = meshSdf(f, { min: [-0.03, -0.03, -0.03], max: [0.03, 0.03, 0.03], edge: 0.003, triangles: 800, smoothing: 2 });
    expect(m.indices.length / 3).toBeLessThanOrEqual(800);
    for (let i = 0; i < m.positions.length; i += 3) {
      const r = Math.hypot(m.positions[i], m.positions[i + 1], m.positions[i + 2]);
      expect(Math.abs(r - 0.02)).toBeLessThan(0.001);
      expect(m.positions[i] * m.normals[i] + m.positions[i + 1] * m.normals[i + 1] + m.positions[i + 2] * m.normals[i + 2]).toBeGreaterThan(0);
    }
  });
});
