import { getStructure } from '../../anatomy/data';
import type { StructureId } from '../../anatomy/ids';
import { attachmentsOfBone, functionData, isLesionId } from '../../anatomy/function';
import type { BoneAttachment } from '../../anatomy/function';
import { useViewer } from '../../state/store';
import { boneOfArea } from '../../state/explorerSlice';
import type { AttachmentEnds } from '../../state/explorerSlice';
import { StructureLink } from '../StructureLink';
import { Legend } from './Legend';
import { MomentArmReadout } from './MomentArmReadout';

function AttachmentList({ items, title, id }: { items: BoneAttachment[]; title: string; id: string }) {
  return (
    <div className="bone-attachments-group">
      <h4 id={id}>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">none in this model</p>
      ) : (
        <ul className="inline-list" aria-labelledby={id}>
          {items.map((a) => (
            <li key={a.id}>
              <StructureLink id={a.id} mode="select" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Bone-first navigation: every muscle, tendon and ligament attached to the bone, as origins and insertions. */
export function BoneAttachments({ bone }: { bone: StructureId }) {
  const { origins, insertions } = attachmentsOfBone(bone);
  return (
    <section className="explorer-section" data-testid="bone-attachments" aria-labelledby="bone-attachments-title">
      <h3 id="bone-attachments-title">Attached to the {getStructure(bone).name.toLowerCase()}</h3>
      <AttachmentList items={origins} title="Origins" id="bone-origins" />
      <AttachmentList items={insertions} title="Insertions" id="bone-insertions" />
      <Legend
        label="Footprint colours"
        items={[
          { colour: 'origin', text: 'origin footprint' },
          { colour: 'insertion', text: 'insertion footprint' },
        ]}
      />
      <p className="muted">Click a lit footprint on the bone to open its muscle.</p>
    </section>
  );
}

const ENDS: { value: AttachmentEnds; label: string }[] = [
  { value: 'origin', label: 'Origin' },
  { value: 'insertion', label: 'Insertion' },
  { value: 'both', label: 'Both' },
];

/** On a selected muscle: which footprints to light, the line-of-action switch and its moment arms. */
export function MuscleFunction({ muscle }: { muscle: StructureId }) {
  const ends = useViewer((s) => s.attachmentEnds);
  const setEnds = useViewer((s) => s.setAttachmentEnds);
  const lines = useViewer((s) => s.linesOfAction);
  const setLines = useViewer((s) => s.setLinesOfAction);
  const m = getStructure(muscle).muscle;
  const hasFootprint = Boolean(m?.origin.area || m?.insertion.area);
  return (
    <section className="explorer-section" aria-label="Attachments and line of action">
      {hasFootprint && (
        <div className="segmented" role="radiogroup" aria-label="Footprints shown on the bones">
          {ENDS.map((e) => (
            <label key={e.value} className={`chip chip-small${ends === e.value ? ' chip-active' : ''}`}>
              <input
                type="radio"
                name="attachment-ends"
                value={e.value}
                checked={ends === e.value}
                onChange={() => setEnds(e.value)}
                data-testid={`ends-${e.value}`}
              />
              {e.label}
            </label>
          ))}
        </div>
      )}
      <label className="explorer-switch">
        <input type="checkbox" checked={lines} onChange={(e) => setLines(e.target.checked)} data-testid="lines-toggle-muscle" />
        Line of action and moment arm
      </label>
      {lines && <MomentArmReadout />}
    </section>
  );
}

/** On a nerve's card: cut it (what-if) or restore it. */
export function NerveLesionControl({ nerve }: { nerve: StructureId }) {
  const lesion = useViewer((s) => s.lesion);
  const setLesion = useViewer((s) => s.setLesion);
  if (!isLesionId(nerve)) return null;
  const cut = lesion === nerve;
  const l = functionData.lesions[nerve];
  return (
    <section className="explorer-section" aria-label="What if this nerve is cut">
      <button
        type="button"
        className={`chip${cut ? ' chip-active' : ''}`}
        aria-pressed={cut}
        data-testid="cut-nerve"
        onClick={() => setLesion(cut ? null : nerve)}
      >
        {cut ? `Restore the ${l.name.toLowerCase()}` : 'Cut this nerve'}
      </button>
      <p className="muted">Cutting it greys the muscles it supplies; the function explorer lists what is lost.</p>
    </section>
  );
}

/** The explorer's parts of the info panel for the selected structure. */
export function ExplorerSections({ id }: { id: StructureId }) {
  const kind = getStructure(id).kind;
  if (kind === 'bone') return <BoneAttachments bone={id} />;
  if (kind === 'muscle') return <MuscleFunction muscle={id} />;
  if (kind === 'nerve') return <NerveLesionControl nerve={id} />;
  if (kind === 'attachment') {
    const bone = boneOfArea(id);
    return bone ? <BoneAttachments bone={bone} /> : null;
  }
  return null;
}
