import { useEffect, useRef, useState } from 'react';
import { getStructure } from '../anatomy/data';
import { useViewer } from '../state/store';
import { MAX_PIN_LABEL } from '../state/pinsSlice';

/** The pin markers over the canvas and, after a click in pin mode, the form that asks for a label. */
export function PinLayer() {
  const pins = useViewer((s) => s.pins);
  const pending = useViewer((s) => s.pendingPin);
  const latin = useViewer((s) => s.latin);
  const { removePin } = useViewer.getState();
  return (
    <div className="pin-layer" data-pin-layer="">
      {pins.map((pin, i) => {
        const info = getStructure(pin.structure);
        return (
          <div
            key={`${i}-${pin.structure}-${pin.vertex}`}
            className="pin"
            data-testid="pin"
            data-pin-index={i}
            data-pin-structure={pin.structure}
            style={{ visibility: 'hidden' }}
          >
            <span className="pin-head" aria-hidden="true" />
            <span className="pin-label" title={latin ? info.latin : info.name}>
              {pin.label}
            </span>
            <button type="button" className="pin-remove" aria-label={`Remove pin “${pin.label}”`} onClick={() => removePin(i)}>
              ×
            </button>
          </div>
        );
      })}
      {pending && <PinLabelForm key={`${pending.structure}-${pending.vertex}`} structure={getStructure(pending.structure).name} />}
    </div>
  );
}

function PinLabelForm({ structure }: { structure: string }) {
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { commitPin, cancelPin } = useViewer.getState();
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="pin-form"
      data-testid="pin-form"
      aria-label="New pin"
      onSubmit={(e) => {
        e.preventDefault();
        if (!commitPin(label)) setProblem('Type a label for the pin.');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          cancelPin();
        }
      }}
    >
      <label htmlFor="pin-label">Pin on {structure}</label>
      <input
        ref={input}
        id="pin-label"
        data-testid="pin-label"
        value={label}
        maxLength={MAX_PIN_LABEL}
        placeholder="Label, e.g. “fleshy belly”"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'pin-label-problem' : undefined}
        onChange={(e) => setLabel(e.target.value)}
      />
      {problem && (
        <p id="pin-label-problem" className="pin-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="pin-form-buttons">
        <button type="submit" className="chip chip-small primary" data-testid="pin-save">
          Save pin
        </button>
        <button type="button" className="chip chip-small" onClick={cancelPin}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Toggles pin mode: the next click on the model starts a pin there. */
export function PinModeButton() {
  const pinMode = useViewer((s) => s.pinMode);
  const ready = useViewer((s) => s.ready);
  return (
    <button
      type="button"
      className="chip chip-small"
      data-testid="pin-mode"
      aria-pressed={pinMode}
      disabled={!ready}
      title="Drop a labelled pin: turn on, then click the model"
      onClick={() => useViewer.getState().setPinMode(!pinMode)}
    >
      Pin mode
    </button>
  );
}
