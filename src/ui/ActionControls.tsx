import { useViewer } from '../state/store';
import { SPEEDS } from '../state/playbackSlice';
import type { ActionId } from '../anatomy/ids';
import { footReadout, jointReadout } from './jointReadout';
import { FOOT_MOTIONS } from '../state/footMotionSlice';
import type { FootMotionId } from '../state/footMotionSlice';

const FOOT_LABELS: Record<FootMotionId, string> = {
  inversion: 'Inversion',
  eversion: 'Eversion',
  toe_flexion: 'Toe flexion',
  toe_extension: 'Toe extension',
};

/** The joint named in each foot movement's button label, for screen readers. */
const FOOT_JOINT_NAMES: Record<FootMotionId, string> = {
  inversion: 'subtalar joint',
  eversion: 'subtalar joint',
  toe_flexion: 'metatarsophalangeal joints',
  toe_extension: 'metatarsophalangeal joints',
};

const ACTION_LABELS: Record<ActionId, string> = {
  plantarflexion: 'Plantarflexion',
  knee_flexion: 'Knee flexion',
};

/** Play the model's actions: choose, play/pause, loop, speed, scrub, and the joint angle now. */
export function ActionControls() {
  const action = useViewer((s) => s.action);
  const playing = useViewer((s) => s.playing);
  const loop = useViewer((s) => s.loop);
  const speed = useViewer((s) => s.speed);
  const progress = useViewer((s) => s.progress);
  const angles = useViewer((s) => s.angles);
  const ready = useViewer((s) => s.ready);
  const footMotion = useViewer((s) => s.footMotion);
  const footAngle = useViewer((s) => s.footAngle);
  const { play, togglePlay, setLoop, setSpeed, seek, playFootMotion, stopFootMotion } = useViewer.getState();

  return (
    <section className="player" aria-label="Actions">
      <div className="player-row">
        {(Object.keys(ACTION_LABELS) as ActionId[]).map((id) => (
          <button
            key={id}
            type="button"
            className={`chip${action === id ? ' chip-active' : ''}`}
            data-testid={`play-${id}`}
            aria-label={`Play ${ACTION_LABELS[id].toLowerCase()}`}
            aria-pressed={action === id && playing}
            disabled={!ready}
            onClick={() => play(id)}
          >
            {ACTION_LABELS[id]}
          </button>
        ))}
        {FOOT_MOTIONS.map((id) => (
          <button
            key={id}
            type="button"
            className={`chip${footMotion === id ? ' chip-active' : ''}`}
            data-testid={`play-${id}`}
            aria-label={`${footMotion === id ? 'Stop' : 'Play'} ${FOOT_LABELS[id].toLowerCase()} (${FOOT_JOINT_NAMES[id]})`}
            aria-pressed={footMotion === id}
            disabled={!ready}
            onClick={() => (footMotion === id ? stopFootMotion() : playFootMotion(id))}
          >
            {FOOT_LABELS[id]}
          </button>
        ))}
        <span className="player-options">
          <label className="check">
            <input type="checkbox" data-testid="loop" checked={loop} onChange={(e) => setLoop(e.currentTarget.checked)} />
            Loop
          </label>
          <label className="speed">
            <span className="visually-hidden">Playback speed</span>
            <select data-testid="speed" value={String(speed)} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
              {SPEEDS.map((v) => (
                <option key={v} value={String(v)}>
                  {v}×
                </option>
              ))}
            </select>
          </label>
        </span>
        <button
          type="button"
          className="icon-button"
          data-testid="play-pause"
          aria-pressed={playing}
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
          disabled={!ready || action === null}
          onClick={togglePlay}
        >
          {playing ? (
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <rect x="6" y="5" width="4" height="14" rx="1" />
              <rect x="14" y="5" width="4" height="14" rx="1" />
            </svg>
          ) : (
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z" />
            </svg>
          )}
        </button>
      </div>
      <div className="player-row">
        <label className="scrub">
          <span className="visually-hidden">Position in the movement</span>
          <input
            type="range"
            data-testid="scrub"
            min={0}
            max={1}
            step={0.001}
            value={progress}
            disabled={!ready || action === null}
            aria-valuetext={jointReadout(action, angles)}
            onChange={(e) => seek(Number(e.currentTarget.value))}
          />
        </label>
        <output className="readout" data-testid="joint-angle" aria-live="off">
          {footMotion ? footReadout(footMotion, footAngle) : jointReadout(action, angles)}
        </output>
      </div>
    </section>
  );
}
