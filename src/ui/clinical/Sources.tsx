import { clinical } from '../../anatomy/clinical';

/** The sources of a card, in full, as a short list under it. */
export function Sources({ keys }: { keys: readonly string[] }) {
  return (
    <div className="clinical-sources" data-testid="card-sources">
      <span className="clinical-sources-title">Sources</span>
      <ul>
        {keys.map((key) => (
          <li key={key}>{clinical.sources[key] ?? key}</li>
        ))}
      </ul>
    </div>
  );
}
