/**
 * Printable worksheet ("colouring plate", `data-testid="worksheet-panel"`, loaded on first use):
 * an outline drawing of the current view, pose and layers, with numbered leader lines to the
 * structures the teacher ticks (a sensible set for the view by default) and an answer key on a
 * second page. Prints on A4 or US Letter through the browser's print dialog; a PNG download is
 * the fallback.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { anatomy } from '../../anatomy/data';
import { kindOf } from '../../anatomy/ids';
import type { StructureId } from '../../anatomy/ids';
import { renderOutline } from '../../scene/outlineRender';
import type { OutlineImage } from '../../scene/outlineRender';
import { getSceneHandle } from '../../scene/sceneHandle';
import { defaultNumbered } from '../../study/worksheetLayout';
import { useViewer } from '../../state/store';
import { useStudyPanels } from './studyPanels';
import { CloseIcon } from '../CloseIcon';
import { drawPlate } from './drawPlate';
import './study-tools.css';
import './worksheet-print.css';

type Paper = 'a4' | 'letter';
const PAPER_CSS: Record<Paper, string> = { a4: 'A4 portrait', letter: 'letter portrait' };
/** Structures smaller than this (image px) are too small to number. */
const MIN_PIXELS = 400;

const nameOf = (id: StructureId) => anatomy.structures[id].name;

/** Wait after the last change before redrawing (a slider drag or a flight sends many). */
const REDRAW_DELAY_MS = 250;

export default function WorksheetPanel() {
  const view = useViewer((s) => s.view);
  const ready = useViewer((s) => s.ready);
  const [outline, setOutline] = useState<OutlineImage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<readonly StructureId[]>([]);
  const [paper, setPaper] = useState<Paper>('a4');
  const [title, setTitle] = useState('');

  const draw = useCallback(() => {
    const handle = getSceneHandle();
    if (!handle) {
      setProblem('The 3D view is not running, so there is nothing to draw.');
      return;
    }
    try {
      const o = renderOutline(handle);
      setOutline(o);
      setProblem(null);
      setChosen(defaultNumbered(o.structures.map((s) => ({ id: s.id, pixels: s.pixels, kind: kindOf(s.id) }))));
      const v = useViewer.getState().view;
      setTitle(`The right lower leg${v ? `, ${v} view` : ''}`);
    } catch (e) {
      setProblem(`The outline could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  useEffect(() => {
    if (ready) draw();
  }, [ready, draw]);

  // The plate shows the current view: redraw when the view, the pose or what is shown changes (once
  // a camera flight has landed), so a teacher never prints a drawing of a view they left.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!useViewer.getState().cameraMoving) draw();
      }, REDRAW_DELAY_MS);
    };
    const unsub = useViewer.subscribe((s, prev) => {
      const changed =
        s.view !== prev.view || s.angles !== prev.angles || s.layers !== prev.layers || s.hidden !== prev.hidden || (prev.cameraMoving && !s.cameraMoving);
      if (changed && s.ready) schedule();
    });
    // orbiting and zooming by hand change the view without a store change: redraw when they stop
    const canvas = getSceneHandle()?.gl.domElement;
    canvas?.addEventListener('pointerup', schedule);
    canvas?.addEventListener('wheel', schedule, { passive: true });
    return () => {
      unsub();
      canvas?.removeEventListener('pointerup', schedule);
      canvas?.removeEventListener('wheel', schedule);
      clearTimeout(timer);
    };
  }, [draw, ready]);

  const plate = useMemo(() => (outline ? drawPlate(outline, chosen) : null), [outline, chosen]);
  const png = useMemo(() => plate?.canvas.toDataURL('image/png') ?? null, [plate]);
  const numberable = useMemo(
    () => (outline ? outline.structures.filter((s) => s.pixels >= MIN_PIXELS).sort((a, b) => nameOf(a.id).localeCompare(nameOf(b.id), 'en')) : []),
    [outline],
  );
  const toggle = (id: StructureId) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const key = plate ? [...plate.labels].sort((a, b) => a.number - b.number) : [];

  return (
    <section className="study-tool-panel worksheet" id="worksheet-panel" data-testid="worksheet-panel" aria-labelledby="worksheet-title">
      <header className="study-tool-head">
        <h2 id="worksheet-title">Print worksheet</h2>
        <p className="study-tool-meta">Outline of the current view{view ? ` (${view})` : ''}, pose and layers</p>
        <button type="button" className="icon-button small" aria-label="Close the worksheet" onClick={() => useStudyPanels.getState().setWorksheetOpen(false)}>
          <CloseIcon />
        </button>
      </header>
      {problem && <p role="alert">{problem}</p>}
      {png && <img className="worksheet-preview" data-testid="worksheet-preview" src={png} alt="Preview of the outline plate with numbered leader lines" />}
      <div className="worksheet-options">
        <label>
          Title <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Paper{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <button type="button" className="chip chip-small" onClick={draw} title="Orbit, pose or change layers first, then redraw">
          Redraw from the current view
        </button>
      </div>
      {numberable.length > 0 && (
        <fieldset className="worksheet-pick">
          <legend>Number these ({chosen.length})</legend>
          {numberable.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={chosen.includes(s.id)} onChange={() => toggle(s.id)} /> {nameOf(s.id)}
            </label>
          ))}
        </fieldset>
      )}
      <p className="study-tool-foot">
        <button type="button" className="chip chip-small primary" data-testid="worksheet-print" disabled={!png} onClick={() => window.print()}>
          Print…
        </button>
        {png && (
          <a className="chip chip-small" data-testid="worksheet-png" href={png} download={`lower-leg-worksheet${view ? `-${view}` : ''}.png`}>
            Download PNG
          </a>
        )}
      </p>
      {png &&
        createPortal(
          <div className="worksheet-print" data-testid="worksheet-print-pages">
            <style>{`@page { size: ${PAPER_CSS[paper]}; margin: 12mm; }`}</style>
            <article className="worksheet-page">
              <h1>{title}</h1>
              <p className="worksheet-name">Name: ______________________ Date: __________</p>
              <img className="worksheet-plate" data-testid="worksheet-plate" src={png} alt={`Outline drawing: ${title}, with ${key.length} numbered structures`} />
              <p className="worksheet-task">Name each numbered structure; colour muscles red, tendons and ligaments blue, bones yellow.</p>
            </article>
            <article className="worksheet-page worksheet-key-page">
              <h1>Answer key — {title}</h1>
              <ol className="worksheet-key" data-testid="worksheet-key">
                {key.map((l) => (
                  <li key={l.id} value={l.number}>
                    {nameOf(l.id)} <i>({anatomy.structures[l.id].latin})</i>
                  </li>
                ))}
              </ol>
              <p className="worksheet-source">From the open 3D anatomy viewer of the right lower leg; names follow Terminologia Anatomica 2.</p>
            </article>
          </div>,
          document.body,
        )}
    </section>
  );
}
