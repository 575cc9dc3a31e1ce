/**
 * Outline-based fields for sculpting bones: exact 2D polygon distance, polygons with filleted
 * corners (each corner its own radius: a sharp tibial crest beside a rounded medial border), a
 * sagittal outline extruded medio-laterally with rounded edges (femoral condyles), and a loft of
 * horizontal cross-sections interpolated along Y (tibial shaft flaring into the plateau).
 */
import type { Sdf } from '../sdf';
import { gradient } from '../sdf';
import type { V3 } from '../vec';

export type P2 = readonly [number, number];

/** Signed distance to a closed polygon (negative inside), after Inigo Quilez's exact 2D polygon. */
export function polygonDistance(pts: readonly P2[], u: number, v: number): number {
  let d = (u - pts[0][0]) ** 2 + (v - pts[0][1]) ** 2;
  let s = 1;
  const n = pts.length;
  for (let i = 0, j = n - 1; i < n; j = i, i++) {
    const ex = pts[j][0] - pts[i][0];
    const ey = pts[j][1] - pts[i][1];
    const wx = u - pts[i][0];
    const wy = v - pts[i][1];
    const h = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    const bx = wx - ex * h;
    const by = wy - ey * h;
    d = Math.min(d, bx * bx + by * by);
    const c1 = v >= pts[i][1];
    const c2 = v < pts[j][1];
    const c3 = ex * wy > ey * wx;
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
  }
  return s * Math.sqrt(d);
}

/**
 * A closed outline through `corners`, each corner rounded by a circular arc of its own radius
 * (clamped so neighbouring arcs never overlap). Works for convex and concave corners. Always
 * returns corners.length × (segments + 1) points, so outlines with the same corner count can be
 * interpolated point by point.
 */
export function filletPolygon(corners: readonly P2[], radii: readonly number[], segments = 5): P2[] {
  const n = corners.length;
  const out: P2[] = [];
  for (let i = 0; i < n; i++) {
    const p = corners[i];
    const a = corners[(i + n - 1) % n];
    const b = corners[(i + 1) % n];
    const la = Math.hypot(a[0] - p[0], a[1] - p[1]);
    const lb = Math.hypot(b[0] - p[0], b[1] - p[1]);
    const d1: P2 = [(a[0] - p[0]) / la, (a[1] - p[1]) / la];
    const d2: P2 = [(b[0] - p[0]) / lb, (b[1] - p[1]) / lb];
    const cosA = Math.max(-1, Math.min(1, d1[0] * d2[0] + d1[1] * d2[1]));
    const half = Math.acos(cosA) / 2;
    if (half > Math.PI / 2 - 1e-3 || radii[i] <= 0) {
      for (let k = 0; k <= segments; k++) out.push(p);
      continue;
    }
    let t = radii[i] / Math.tan(half);
    t = Math.min(t, 0.45 * la, 0.45 * lb);
    const r = t * Math.tan(half);
    const bis: P2 = [d1[0] + d2[0], d1[1] + d2[1]];
    const bl = Math.hypot(bis[0], bis[1]);
    const c: P2 = [p[0] + (bis[0] / bl) * (r / Math.sin(half)), p[1] + (bis[1] / bl) * (r / Math.sin(half))];
    const t1: P2 = [p[0] + d1[0] * t, p[1] + d1[1] * t];
    const t2: P2 = [p[0] + d2[0] * t, p[1] + d2[1] * t];
    const a1 = Math.atan2(t1[1] - c[1], t1[0] - c[0]);
    let a2 = Math.atan2(t2[1] - c[1], t2[0] - c[0]);
    // the short way round
    while (a2 - a1 > Math.PI) a2 -= 2 * Math.PI;
    while (a2 - a1 < -Math.PI) a2 += 2 * Math.PI;
    for (let k = 0; k <= segments; k++) {
      const ang = a1 + ((a2 - a1) * k) / segments;
      out.push([c[0] + Math.cos(ang) * r, c[1] + Math.sin(ang) * r]);
    }
  }
  return out;
}

/** Rounded-edge combination of two signed distances (an extrusion's cross-section and its depth). */
export function roundedIntersect(a: number, b: number, r: number): number {
  const qa = a + r;
  const qb = b + r;
  return Math.hypot(Math.max(qa, 0), Math.max(qb, 0)) + Math.min(Math.max(qa, qb), 0) - r;
}

/**
 * A sagittal (Y–Z) outline extruded along X between x0 and x1, its edges rounded by r: the side
 * view of a femoral condyle given a medio-lateral thickness.
 */
export function extrudeX(outline: readonly P2[], x0: number, x1: number, r: number): Sdf {
  const xc = (x0 + x1) / 2;
  const hw = Math.abs(x1 - x0) / 2;
  return (x, y, z) => roundedIntersect(polygonDistance(outline, y, z), Math.abs(x - xc) - hw, r);
}

export interface Section {
  /** Height of this cross-section, metres. */
  y: number;
  /** Outline in (x, z); every section of a loft has the same point count. */
  outline: readonly P2[];
}

/**
 * Horizontal cross-sections lofted along Y (sections sorted by y, ascending), closed by flat caps at
 * the lowest and highest section rounded by `capRadius`. Between sections each outline point follows
 * a cubic Hermite curve whose slopes come from the neighbouring sections (Catmull-Rom), so the
 * surface is smooth through the keys, without creases or steps.
 */
export function loftSections(sections: readonly Section[], capRadius = 0.003): Sdf {
  const y0 = sections[0].y;
  const y1 = sections[sections.length - 1].y;
  const n = sections[0].outline.length;
  for (const s of sections) if (s.outline.length !== n) throw new Error('loftSections: every outline needs the same point count');
  const m = sections.length;
  // per key and outline point: slope of x and z along y
  const slopes = sections.map((_, i) => {
    const a = sections[Math.max(0, i - 1)];
    const b = sections[Math.min(m - 1, i + 1)];
    const dy = b.y - a.y;
    return a.outline.map((p, k): P2 => [(b.outline[k][0] - p[0]) / dy, (b.outline[k][1] - p[1]) / dy]);
  });
  const buf: [number, number][] = Array.from({ length: n }, () => [0, 0]);
  return (x, y, z) => {
    const yy = Math.min(y1, Math.max(y0, y));
    let i = 1;
    while (i < m - 1 && sections[i].y < yy) i++;
    const a = sections[i - 1];
    const b = sections[i];
    const h = b.y - a.y;
    const t = (yy - a.y) / h;
    const t2 = t * t;
    const t3 = t2 * t;
    const h00 = 2 * t3 - 3 * t2 + 1;
    const h10 = (t3 - 2 * t2 + t) * h;
    const h01 = -2 * t3 + 3 * t2;
    const h11 = (t3 - t2) * h;
    const sa = slopes[i - 1];
    const sb = slopes[i];
    for (let k = 0; k < n; k++) {
      buf[k][0] = h00 * a.outline[k][0] + h10 * sa[k][0] + h01 * b.outline[k][0] + h11 * sb[k][0];
      buf[k][1] = h00 * a.outline[k][1] + h10 * sa[k][1] + h01 * b.outline[k][1] + h11 * sb[k][1];
    }
    const d2 = polygonDistance(buf, x, z);
    const dy = Math.max(y0 - y, y - y1);
    return roundedIntersect(d2, dy, capRadius);
  };
}

/** The point `depth` beneath the surface of `f` nearest to p (a ridge laid on a bone stays attached). */
export function under(f: Sdf, p: V3, depth: number): V3 {
  let q: V3 = [p[0], p[1], p[2]];
  for (let i = 0; i < 8; i++) {
    const d = f(q[0], q[1], q[2]) + depth;
    const g = gradient(f, q[0], q[1], q[2]);
    q = [q[0] - g[0] * d, q[1] - g[1] * d, q[2] - g[2] * d];
  }
  return q;
}
