import { useViewer } from '../../state/store';

/** Opens and closes the clinical lab (its panel and tools load on first use). */
export function ClinicalLabToggle() {
  const open = useViewer((s) => s.clinicalOpen);
  const setOpen = useViewer((s) => s.setClinicalOpen);
  return (
    <button
      type="button"
      className="chip"
      data-testid="clinical-toggle"
      aria-pressed={open}
      aria-controls="clinical-lab"
      onClick={() => setOpen(!open)}
      aria-label="Clinical lab"
      title="Two-joint tests, stretches, palpation and referred-pain maps"
    >
      <span className="label-wide">Clinical lab</span>
      <span className="label-narrow" aria-hidden="true">
        Clinic
      </span>
    </button>
  );
}
