import { useEffect } from 'react';
import { summarizeLesion } from '../../anatomy/lesionModel';
import { useViewer } from '../../state/store';
import { getLivePose, subscribeLivePose } from '../../state/livePose';

/**
 * Keeps the store's `lesionEffect` in step with the cut and the pose: moment arms change with the
 * joint angles, so the remaining strength of a movement does too (a paralysed triceps leaves more
 * or less to the deep flexors depending on the ankle angle).
 */
export function useLesionReport(): void {
  useEffect(() => {
    const report = () => {
      const { lesion, reportLesionEffect } = useViewer.getState();
      if (lesion) reportLesionEffect(lesion, summarizeLesion(lesion, getLivePose()));
    };
    report();
    const unsubStore = useViewer.subscribe((s, prev) => {
      if (s.lesion !== prev.lesion) report();
    });
    const unsubPose = subscribeLivePose(report);
    return () => {
      unsubStore();
      unsubPose();
    };
  }, []);
}
