import { getStructure } from '../../anatomy/data';
import { useViewer } from '../../state/store';

/**
 * The moment arms of the muscles whose lines of action are drawn, in mm, as the overlay reports
 * them (they change with the pose). Without a muscle of the length model, says which to pick.
 */
export function MomentArmReadout() {
  const arms = useViewer((s) => s.momentArms);
  const entries = Object.entries(arms);
  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="moment-arms-empty">
        Lines of action are drawn for the muscles that cross the knee or the ankle: select one, or show a movement.
      </p>
    );
  }
  return (
    <table className="moment-arms" data-testid="moment-arms">
      <caption>Moment arm (mm) at this pose</caption>
      <thead>
        <tr>
          <th scope="col">Muscle</th>
          <th scope="col">Knee</th>
          <th scope="col">Ankle</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([id, a]) => (
          <tr key={id}>
            <th scope="row">{getStructure(id as Parameters<typeof getStructure>[0]).name}</th>
            <td data-testid={`moment-arm-${id}-knee`}>{a.knee === undefined ? '—' : `${Math.abs(a.knee).toFixed(1)} ${a.knee >= 0 ? 'flexion' : 'extension'}`}</td>
            <td data-testid={`moment-arm-${id}-ankle`}>
              {a.ankle === undefined ? '—' : `${Math.abs(a.ankle).toFixed(1)} ${a.ankle >= 0 ? 'plantarflexion' : 'dorsiflexion'}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
