import { useEffect, useRef } from 'react';
import { getStructure } from '../anatomy/data';
import { isLengthMuscleId, relativeLength } from '../kinematics/muscleLength';
import type { LengthMuscleId } from '../kinematics/muscleLength';
import { useViewer } from '../state/store';
import { getLivePose, subscribeLivePose } from '../state/livePose';
import { lengthChangeText } from './poseText';
import './teaching.css';

/** Keeps an element's text at the muscle's live length change, written directly on each pose change. */
function useLiveLengthText(muscle: LengthMuscleId | null) {
  const value = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (!muscle) return;
    const write = (pose = getLivePose()) => {
      if (value.current) value.current.textContent = lengthChangeText(relativeLength(muscle, pose));
    };
    write();
    return subscribeLivePose(write);
  }, [muscle]);
  return value;
}

/** Lecture mode's large length readout with the colour legend; nothing when no length muscle is selected. */
export function LengthBadge() {
  const selected = useViewer((s) => s.selected);
  const muscle: LengthMuscleId | null = isLengthMuscleId(selected) ? selected : null;
  const value = useLiveLengthText(muscle);
  if (!muscle) return null;
  return (
    <p className="length-badge">
      <span className="length-name">{getStructure(muscle).name}</span>
      <output ref={value} className="length-value" data-testid="length-readout" aria-live="off" />
      <span className="length-legend" aria-hidden="true">
        <span>shorter</span>
        <span className="length-bar" />
        <span>longer</span>
      </span>
    </p>
  );
}

/**
 * The selected muscle's muscle–tendon length relative to the anatomical position, live: the text is
 * written straight into the DOM on every pose change (no React render per frame), with the legend of
 * the colour code on the model.
 */
export function LengthReadout() {
  const selected = useViewer((s) => s.selected);
  const tint = useViewer((s) => s.lengthTint);
  const setTint = useViewer((s) => s.setLengthTint);
  const muscle: LengthMuscleId | null = isLengthMuscleId(selected) ? selected : null;
  const value = useLiveLengthText(muscle);

  return (
    <section className="teaching-section length" aria-labelledby="length-title">
      <h3 id="length-title" className="teaching-title">
        Muscle length
      </h3>
      {muscle ? (
        <p className="length-line">
          <span className="length-name">{getStructure(muscle).name}</span>
          <output ref={value} className="length-value" data-testid="length-readout" aria-live="off" />
          <span className="length-note">compared with the anatomical position</span>
        </p>
      ) : (
        <p className="muted" data-testid="length-hint">
          Select gastrocnemius, soleus or tibialis anterior to see how long it is in this pose.
        </p>
      )}
      <div className="length-legend" data-testid="length-legend">
        <span>shorter</span>
        <span className="length-bar" aria-hidden="true" />
        <span>longer</span>
      </div>
      <label className="check">
        <input type="checkbox" data-testid="length-tint" checked={tint} onChange={(e) => setTint(e.currentTarget.checked)} />
        Colour the selected muscle by its length
      </label>
    </section>
  );
}
