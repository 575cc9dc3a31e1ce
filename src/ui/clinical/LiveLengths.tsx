import { useEffect, useRef } from 'react';
import { CALF_MUSCLES, calfLengthsMm } from '../../anatomy/clinical';
import type { CalfMuscleId } from '../../anatomy/clinical';
import { NEUTRAL_POSE } from '../../kinematics/joints';
import { getLivePose, subscribeLivePose } from '../../state/livePose';
import { getStructure } from '../../anatomy/data';

const REST = calfLengthsMm(NEUTRAL_POSE);

const signed = (mm: number) => `${mm >= 0.05 ? '+' : mm <= -0.05 ? '−' : '±'}${Math.abs(mm).toFixed(1)} mm`;

/**
 * Live muscle–tendon lengths of the medial head, lateral head and soleus (kinematics module) and
 * their change from the anatomical position, written straight into the DOM on every pose change.
 */
export function LiveLengths() {
  const cells = useRef(new Map<CalfMuscleId, { length: HTMLElement | null; change: HTMLElement | null }>());
  useEffect(() => {
    const write = (pose = getLivePose()) => {
      const now = calfLengthsMm(pose);
      for (const id of CALF_MUSCLES) {
        const c = cells.current.get(id);
        if (!c?.length || !c.change) continue;
        c.length.textContent = `${now[id].toFixed(1)} mm`;
        c.length.dataset.mm = now[id].toFixed(3);
        const change = now[id] - REST[id];
        c.change.textContent = signed(change);
        c.change.className = change > 0.05 ? 'longer' : change < -0.05 ? 'shorter' : '';
      }
    };
    write();
    return subscribeLivePose(write);
  }, []);
  const ref = (id: CalfMuscleId, key: 'length' | 'change') => (el: HTMLElement | null) => {
    const c = cells.current.get(id) ?? { length: null, change: null };
    c[key] = el;
    cells.current.set(id, c);
  };
  return (
    <table className="clinical-lengths" data-testid="clinical-lengths">
      <caption>Muscle–tendon length now (change from standing)</caption>
      <tbody>
        {CALF_MUSCLES.map((id) => (
          <tr key={id}>
            <th scope="row">{getStructure(id).name}</th>
            <td ref={ref(id, 'length')} data-testid={`clinical-length-${id}`} />
            <td ref={ref(id, 'change')} data-testid={`clinical-change-${id}`} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
