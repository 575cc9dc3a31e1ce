import { useViewer } from '../state/store';
import { JOINTS } from '../kinematics/joints';
import type { JointId } from '../kinematics/joints';
import { ankleWords, kneeWords } from './poseText';
import './teaching.css';

const WORDS: Record<JointId, (deg: number) => string> = { knee: kneeWords, ankle: ankleWords };
const HINTS: Record<JointId, [string, string]> = {
  knee: ['straight', 'bent'],
  ankle: ['dorsiflexion', 'plantarflexion'],
};

/**
 * Two sliders that pose the model: knee flexion and ankle plantar/dorsiflexion, with the ranges of
 * joints.ts. They show the angle the model has now, so a paused clip's angle appears on its slider;
 * moving that slider takes the joint back from the clip.
 */
export function PoseControls() {
  const angles = useViewer((s) => s.angles);
  const setPose = useViewer((s) => s.setPose);
  return (
    <section className="teaching-section pose-controls" aria-labelledby="pose-title">
      <h3 id="pose-title" className="teaching-title">
        Pose
      </h3>
      {(['knee', 'ankle'] as const).map((joint) => {
        const { min, max } = JOINTS[joint].range;
        const value = Math.round(angles[joint]);
        const words = WORDS[joint](angles[joint]);
        return (
          <div className="pose-row" key={joint}>
            <label className="pose-label" htmlFor={`pose-${joint}`}>
              <output data-testid={`pose-${joint}-readout`} htmlFor={`pose-${joint}`}>
                {words}
              </output>
            </label>
            <input
              id={`pose-${joint}`}
              type="range"
              data-testid={`pose-${joint}`}
              min={min}
              max={max}
              step={1}
              value={Math.min(max, Math.max(min, value))}
              aria-label={joint === 'knee' ? 'Knee flexion angle' : 'Ankle plantarflexion angle'}
              aria-valuetext={words}
              onChange={(e) => setPose({ [joint]: Number(e.currentTarget.value) })}
            />
            <div className="pose-scale" aria-hidden="true">
              <span>
                {min}° {HINTS[joint][0]}
              </span>
              <span>
                {max}° {HINTS[joint][1]}
              </span>
            </div>
          </div>
        );
      })}
      <button type="button" className="chip chip-small" data-testid="pose-reset" onClick={() => setPose({ knee: 0, ankle: 0 })}>
        Anatomical position
      </button>
    </section>
  );
}
