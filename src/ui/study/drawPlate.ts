/**
 * Draws a worksheet plate onto a canvas: the outline image (cropped to the figure) on white, a
 * margin each side with numbered circles, and a leader line from each number to its structure.
 */
import type { OutlineImage } from '../../scene/outlineRender';
import type { StructureId } from '../../anatomy/ids';
import { layoutLabels } from '../../study/worksheetLayout';
import type { PlateLabel } from '../../study/worksheetLayout';

const INK = [28, 28, 28];

/** The figure's bounding box in the outline image, with `pad` px around it. */
function inkBounds(o: OutlineImage, pad: number): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = o.width;
  let y0 = o.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < o.height; y++) {
    for (let x = 0; x < o.width; x++) {
      if (o.ink[y * o.width + x] === 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (x1 < 0) return { x0: 0, y0: 0, x1: o.width - 1, y1: o.height - 1 };
  return { x0: Math.max(0, x0 - pad), y0: Math.max(0, y0 - pad), x1: Math.min(o.width - 1, x1 + pad), y1: Math.min(o.height - 1, y1 + pad) };
}

export interface Plate {
  canvas: HTMLCanvasElement;
  labels: PlateLabel[];
}

/** The plate for `numbered` (structures without a visible anchor are left out). */
export function drawPlate(outline: OutlineImage, numbered: readonly StructureId[]): Plate {
  const b = inkBounds(outline, 24);
  const fw = b.x1 - b.x0 + 1;
  const fh = b.y1 - b.y0 + 1;
  const r = Math.max(14, Math.round(fh / 70));
  const margin = Math.round(Math.max(7 * r, fw * 0.22));
  const canvas = document.createElement('canvas');
  canvas.width = fw + 2 * margin;
  canvas.height = fh;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('worksheet: the browser gave no 2D canvas to draw the plate on');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  const img = ctx.getImageData(margin, 0, fw, fh);
  for (let y = 0; y < fh; y++) {
    for (let x = 0; x < fw; x++) {
      const v = outline.ink[(y + b.y0) * outline.width + (x + b.x0)];
      if (v === 0) continue;
      const p = (y * fw + x) * 4;
      const t = v / 255;
      for (let c = 0; c < 3; c++) img.data[p + c] = Math.round(255 - (255 - INK[c]) * t);
    }
  }
  ctx.putImageData(img, margin, 0);

  const anchors = numbered.flatMap((id) => {
    const s = outline.structures.find((v) => v.id === id);
    return s ? [{ id, x: s.anchor.x - b.x0, y: s.anchor.y - b.y0 }] : [];
  });
  const labels = layoutLabels(anchors, fw, fh, 2 * r + 8);
  ctx.lineWidth = Math.max(1.5, r / 9);
  ctx.strokeStyle = '#333333';
  ctx.fillStyle = '#111111';
  ctx.font = `600 ${Math.round(r * 1.15)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of labels) {
    const ax = margin + l.x;
    const cx = l.side === 'left' ? margin * 0.45 : canvas.width - margin * 0.45;
    const edgeX = l.side === 'left' ? cx + r : cx - r;
    ctx.beginPath();
    ctx.moveTo(edgeX, l.labelY);
    // A short horizontal run out of the label, then straight to the structure.
    const knee = l.side === 'left' ? margin - 6 : margin + fw + 6;
    ctx.lineTo(knee, l.labelY);
    ctx.lineTo(ax, l.y);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(ax, l.y, Math.max(3, r / 4), 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.arc(cx, l.labelY, r, 0, 2 * Math.PI);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#111111';
    ctx.fillText(String(l.number), cx, l.labelY + 1);
  }
  return { canvas, labels };
}
