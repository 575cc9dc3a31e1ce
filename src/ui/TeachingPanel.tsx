import { useViewer } from '../state/store';
import { PoseControls } from './PoseControls';
import { LengthReadout } from './LengthReadout';
import { TwoJointChart } from './TwoJointChart';
import { TourAuthoring } from './TourAuthoring';
import './teaching.css';

/** The teaching tools in the side panel: pose sliders, live muscle length, the two-joint chart, tour making. */
export function TeachingPanel() {
  const lecture = useViewer((s) => s.lecture);
  // In lecture mode the panel is collapsed and the chart and length show over the stage instead.
  if (lecture) return null;
  return (
    <div className="teaching-panel" aria-label="Teaching tools" role="region">
      <PoseControls />
      <LengthReadout />
      <TwoJointChart />
      <details className="teaching-section authoring-details">
        <summary className="teaching-title">Make a tour</summary>
        <TourAuthoring />
      </details>
    </div>
  );
}
