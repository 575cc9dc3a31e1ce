import { useViewer } from '../../state/store';

/** Opens and closes the clinical lab (its panel and tools load on first use). */
export function ClinicalLabToggle() {
  const open = useViewer((s) => s.clinicalOpen);
  const setOpen = useViewer((s) => s.setClinicalOpen);
  return (
    <button
      type="button"
      className="chip chip-small"
      id="clinical-lab-toggle"
      data-testid="clinical-toggle"
      aria-pressed={open}
      onClick={() => setOpen(!open)}
      title="Two-joint tests, stretches, palpation and referred-pain maps"
    >
      Clinical lab
    </button>
  );
}
