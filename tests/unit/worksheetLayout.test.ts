/** The worksheet plate's numbering (issue 14, item 4): labels on the anchor's side, in order, never overlapping. */
import { describe, expect, it } from 'vitest';
import { defaultNumbered, layoutLabels } from '../../src/study/worksheetLayout';
import type { Anchor } from '../../src/study/worksheetLayout';

describe('layoutLabels', () => {
  const anchors: Anchor[] = [
    { id: 'soleus', x: 80, y: 500 },
    { id: 'tibia', x: 20, y: 100 },
    { id: 'fibula', x: 150, y: 102 },
    { id: 'calcaneus', x: 180, y: 105 },
    { id: 'femur', x: 190, y: 990 },
  ];

  it('puts each label on its anchor\'s side and numbers the left column top to bottom, then the right', () => {
    const labels = layoutLabels(anchors, 200, 1000, 40);
    expect(labels.map((l) => [l.id, l.side, l.number])).toEqual([
      ['tibia', 'left', 1],
      ['soleus', 'left', 2],
      ['fibula', 'right', 3],
      ['calcaneus', 'right', 4],
      ['femur', 'right', 5],
    ]);
  });

  it('keeps labels of a column at least the gap apart and inside the figure', () => {
    const labels = layoutLabels(anchors, 200, 1000, 40);
    const right = labels.filter((l) => l.side === 'right').map((l) => l.labelY);
    for (let i = 1; i < right.length; i++) expect(right[i] - right[i - 1]).toBeGreaterThanOrEqual(40);
    for (const l of labels) {
      expect(l.labelY).toBeGreaterThanOrEqual(20);
      expect(l.labelY).toBeLessThanOrEqual(980);
    }
    // A label with room stays level with its anchor (a straight leader line).
    expect(labels.find((l) => l.id === 'soleus')!.labelY).toBe(500);
  });

  it('a crowded column is spread over the height without overlap', () => {
    const crowd: Anchor[] = Array.from({ length: 10 }, (_, i) => ({ id: 'tibia', x: 10, y: 990 - i }));
    const ys = layoutLabels(crowd, 200, 400, 40).map((l) => l.labelY);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(380);
  });
});

describe('defaultNumbered', () => {
  it('numbers the largest muscles, bones and tendons, not thin nerves and vessels nor specks', () => {
    const picked = defaultNumbered(
      [
        { id: 'soleus', pixels: 50_000, kind: 'muscle' },
        { id: 'tibial_nerve', pixels: 40_000, kind: 'nerve' },
        { id: 'femur', pixels: 20_000, kind: 'bone' },
        { id: 'calcaneal_tendon', pixels: 5_000, kind: 'tendon' },
        { id: 'talus', pixels: 100, kind: 'bone' },
      ],
      12,
      0.04,
    );
    expect(picked).toEqual(['soleus', 'femur', 'calcaneal_tendon']);
    expect(defaultNumbered([{ id: 'soleus', pixels: 10, kind: 'muscle' }, { id: 'tibia', pixels: 9, kind: 'bone' }], 1)).toEqual(['soleus']);
  });
});
