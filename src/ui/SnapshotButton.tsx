import { useState } from 'react';
import type { Object3D } from 'three';
import { getStructure } from '../anatomy/data';
import { getSceneHandle } from '../scene/sceneHandle';
import { pinCanvasPoints } from '../scene/pinTracking';
import { useViewer } from '../state/store';
import { nameIn } from './LatinToggle';

const TITLE = 'Right lower leg · Gastrocnemius';

/** A safe file name for the snapshot of the current selection. */
export function snapshotFileName(selected: string | null): string {
  return `lower-leg-${(selected ?? 'view').replace(/[^a-z0-9_-]+/gi, '-')}.png`;
}

/**
 * Draws the current view into a PNG with its labels: the 3D canvas (rendered once more and read in
 * the same task, so no preserveDrawingBuffer is needed), a caption band with the title and the
 * selected structure's English and Latin names, and the pins with their labels. No network.
 */
export async function renderSnapshot(): Promise<Blob> {
  const handle = getSceneHandle();
  if (!handle) throw new Error('The 3D view is not ready yet, so there is nothing to save.');
  const { gl, camera } = handle;
  let scene: Object3D = handle.index.root;
  while (scene.parent) scene = scene.parent;
  const s = useViewer.getState();
  const src = gl.domElement;
  const css = src.getBoundingClientRect();
  const scale = css.width > 0 ? src.width / css.width : 1;
  const band = Math.round(64 * scale);
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height + band;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the snapshot (no 2D canvas).');
  // Render and copy in one task: the WebGL drawing buffer is still intact.
  gl.render(scene, camera);
  ctx.fillStyle = '#14181e';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(src, 0, 0);

  const font = (px: number, weight = 400) => `${weight} ${Math.round(px * scale)}px system-ui, 'DejaVu Sans', sans-serif`;
  ctx.textBaseline = 'middle';
  // Pins: a dot and the label on a dark tag.
  const points = pinCanvasPoints(s.pins);
  s.pins.forEach((pin, i) => {
    const p = points[i];
    if (!p) return;
    const x = p.x * scale;
    const y = p.y * scale;
    ctx.fillStyle = '#ff5d8f';
    ctx.beginPath();
    ctx.arc(x, y, 6 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.font = font(13, 600);
    const w = ctx.measureText(pin.label).width + 12 * scale;
    ctx.fillStyle = 'rgba(12,14,18,0.88)';
    ctx.fillRect(x + 10 * scale, y - 11 * scale, w, 22 * scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(pin.label, x + 16 * scale, y);
  });
  // Caption band.
  ctx.fillStyle = '#1f252d';
  ctx.fillRect(0, src.height, out.width, band);
  ctx.fillStyle = '#eef1f4';
  ctx.font = font(16, 650);
  ctx.fillText(TITLE, 14 * scale, src.height + band * 0.32);
  ctx.font = font(14);
  ctx.fillStyle = '#ffb74d';
  const caption = s.selected ? `${getStructure(s.selected).name} — ${getStructure(s.selected).latin}` : 'No structure selected';
  ctx.fillText(s.latin && s.selected ? `${nameIn(s.selected, true)} — ${getStructure(s.selected).name}` : caption, 14 * scale, src.height + band * 0.7);

  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The snapshot could not be encoded as PNG.'))), 'image/png'),
  );
}

/** Saves a PNG of the current view with its labels (`data-testid="snapshot"`), downloaded through a blob URL. */
export function SnapshotButton() {
  const ready = useViewer((s) => s.ready);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="chip chip-small"
      data-testid="snapshot"
      disabled={!ready || busy}
      title="Save a PNG of this view with its labels"
      onClick={async () => {
        setBusy(true);
        try {
          const blob = await renderSnapshot();
          const url = URL.createObjectURL(blob);
          const a = document.createElement('a');
          a.href = url;
          a.download = snapshotFileName(useViewer.getState().selected);
          document.body.appendChild(a);
          a.click();
          a.remove();
          // Let the download start before the URL goes away.
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        } catch (error) {
          useViewer.getState().showNotice(error instanceof Error ? error.message : String(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      Snapshot
    </button>
  );
}
