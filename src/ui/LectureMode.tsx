import { useEffect, useRef, useState } from 'react';
import { useViewer } from '../state/store';
import { TwoJointChart } from './TwoJointChart';
import { LengthBadge } from './LengthReadout';
import { PoseControls } from './PoseControls';
import './teaching.css';

/** The lecture-mode switch (also the L key; Esc leaves). */
export function LectureToggle() {
  const lecture = useViewer((s) => s.lecture);
  const toggle = useViewer((s) => s.toggleLecture);
  return (
    <button
      type="button"
      className="chip lecture-toggle"
      data-testid="lecture-toggle"
      aria-pressed={lecture}
      aria-label="Lecture mode"
      title={lecture ? 'Leave lecture mode (L or Esc)' : 'Lecture mode: large type for a projector (L)'}
      onClick={toggle}
    >
      <svg className="chip-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M3 4h18v12H3zM11 16h2v3h4v2H7v-2h4z" />
      </svg>
      <span className="label-wide">{lecture ? 'Leave lecture mode' : 'Lecture mode'}</span>
      <span className="label-narrow" aria-hidden="true">
        {lecture ? 'Leave' : 'Lecture'}
      </span>
    </button>
  );
}

/**
 * Lecture mode for a projector: marks the page (`html[data-lecture="true"]`, styled in
 * teaching.css: panels collapsed, large type, high contrast), re-frames the current view for the
 * larger 3D area, and shows the selected muscle's length and, on demand, the two-joint chart over
 * the stage.
 */
export function LectureMode() {
  const lecture = useViewer((s) => s.lecture);
  const [chart, setChart] = useState(false);
  const shown = useRef(lecture);

  useEffect(() => {
    document.documentElement.dataset.lecture = lecture ? 'true' : 'false';
    // Mounting with lecture mode off changes no layout: no flight (it would cost a second of frames
    // right after the first one).
    if (shown.current === lecture && !lecture) return;
    shown.current = lecture;
    // Once the layout has changed size, fly to the same view again so the leg fills the new area.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const s = useViewer.getState();
        if (s.view !== null) s.setView(s.view);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [lecture]);

  if (!lecture) return null;
  return (
    <>
      <div className="lecture-corner">
        <PoseControls />
        <LengthBadge />
        <button type="button" className="chip" data-testid="lecture-chart-toggle" aria-pressed={chart} onClick={() => setChart((c) => !c)}>
          {chart ? 'Hide chart' : 'Two-joint chart'}
        </button>
      </div>
      {chart && (
        <div className="lecture-chart" data-testid="lecture-chart">
          <TwoJointChart headingLevel={2} />
        </div>
      )}
    </>
  );
}
