import { LAYERS, LAYER_LABELS } from '../state/layersSlice';
import { useViewer } from '../state/store';
import { nameIn } from './LatinToggle';

/**
 * Layers and visibility: a switch per layer (`layer-<id>`), and for the selection Hide (with the
 * other heads of its muscle), Isolate, X-ray; "Peel gastrocnemius" uncovers soleus in one click;
 * Show all undoes everything.
 */
export function LayersPanel() {
  const layers = useViewer((s) => s.layers);
  const selected = useViewer((s) => s.selected);
  const xray = useViewer((s) => s.xray);
  const latin = useViewer((s) => s.latin);
  const peeled = useViewer((s) => s.hidden.includes('gastrocnemius_medial_head') && s.hidden.includes('gastrocnemius_lateral_head'));
  const { setLayer, hideSelected, isolateSelected, setXray, showAll, peelGastrocnemius } = useViewer.getState();
  const what = selected ? nameIn(selected, latin) : null;
  return (
    <section className="layers-panel" aria-labelledby="layers-title">
      <h2 id="layers-title" className="section-title">
        {latin ? 'Strata' : 'Layers'}
      </h2>
      <fieldset className="layer-switches">
        <legend className="visually-hidden">Show layers</legend>
        {LAYERS.map((layer) => (
          <label key={layer} className="check layer-check">
            <input
              type="checkbox"
              data-testid={`layer-${layer}`}
              checked={layers[layer]}
              onChange={(e) => setLayer(layer, e.target.checked)}
            />
            {LAYER_LABELS[layer][latin ? 'la' : 'en']}
          </label>
        ))}
      </fieldset>
      <div className="layer-actions" role="group" aria-label="Visibility of the selection">
        <button
          type="button"
          className="chip chip-small"
          data-testid="hide-selected"
          disabled={!selected}
          title={what ? `Hide ${what} (and the other heads of its muscle)` : 'Select a structure to hide it'}
          onClick={hideSelected}
        >
          Hide
        </button>
        <button
          type="button"
          className="chip chip-small"
          data-testid="isolate-selected"
          disabled={!selected}
          title={what ? `Show only ${what}` : 'Select a structure to isolate it'}
          onClick={isolateSelected}
        >
          Isolate
        </button>
        <button
          type="button"
          className="chip chip-small"
          data-testid="xray"
          aria-pressed={xray}
          title="Fade everything except the selection"
          onClick={() => setXray(!xray)}
        >
          X-ray
        </button>
        <button
          type="button"
          className="chip chip-small"
          data-testid="peel-gastrocnemius"
          disabled={peeled}
          title="Hide both heads of gastrocnemius to uncover soleus"
          onClick={peelGastrocnemius}
        >
          Peel gastrocnemius
        </button>
        <button type="button" className="chip chip-small" data-testid="show-all" title="Every layer back, nothing hidden or isolated, no x-ray" onClick={showAll}>
          Show all
        </button>
      </div>
    </section>
  );
}
