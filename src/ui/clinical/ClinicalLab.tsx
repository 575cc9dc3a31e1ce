/**
 * The clinical and manual-therapy lab (loaded on demand): a tab per tool — two-joint tests, stretch
 * lab, palpation coach, referred-pain map — and the 3D overlays each needs (goniometer, length
 * colours, hand marker with the see-through skin, referral zones).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CALF_MUSCLES, clinical, findPreset, resolvePresetStep } from '../../anatomy/clinical';
import type { PresetKind } from '../../anatomy/clinical';
import { getTour } from '../../anatomy/tours';
import { useViewer } from '../../state/store';
import { applyPreset } from '../../state/clinicalActions';
import { Goniometer } from '../../scene/Goniometer';
import { HandMarker } from '../../scene/HandMarker';
import { ReferralZones } from '../../scene/ReferralZones';
import { StretchTint } from '../../scene/StretchTint';
import { CloseIcon } from '../CloseIcon';
import { PresetCard } from './PresetCard';
import { Caveat, PainMap } from './PainMap';
import './clinical.css';

type TabId = PresetKind | 'referral';

const TABS: readonly { id: TabId; label: string }[] = [
  { id: 'test', label: 'Tests' },
  { id: 'stretch', label: 'Stretches' },
  { id: 'palpation', label: 'Palpation' },
  { id: 'referral', label: 'Pain map' },
];

const CLINIC_TOUR_ID = 'calf-in-the-clinic';

/** The 3D overlays of the preset shown and the referral layer. */
function Overlays() {
  const ref = useViewer((s) => s.preset);
  const referral = useViewer((s) => s.referral);
  const ruptured = useViewer((s) => s.ruptured);
  const preset = ref ? findPreset(ref.id) : undefined;
  const step = preset ? resolvePresetStep(preset, ref!.step, ruptured).step : undefined;
  return (
    <>
      {step?.goniometer && <Goniometer />}
      {step?.hand && <HandMarker ray={step.hand} />}
      {preset?.kind === 'stretch' && <StretchTint muscles={CALF_MUSCLES} />}
      {referral && <ReferralZones zones={clinical.zones} points={clinical.triggerPoints} />}
    </>
  );
}

/** Words for screen readers when the preset, step or pain zone changes. */
function useAnnouncement(): string {
  const ref = useViewer((s) => s.preset);
  const ruptured = useViewer((s) => s.ruptured);
  const zoneId = useViewer((s) => s.painZoneId);
  const referral = useViewer((s) => s.referral);
  const [text, setText] = useState('');
  useEffect(() => {
    const preset = ref ? findPreset(ref.id) : undefined;
    if (!preset || !ref) return;
    const shown = resolvePresetStep(preset, ref.step, ruptured);
    setText(
      `${preset.title}, step ${ref.step + 1} of ${preset.steps.length}: ${shown.step.title}. ${shown.response ?? ''}`.trim(),
    );
  }, [ref, ruptured]);
  useEffect(() => {
    const zone = clinical.zones.find((z) => z.id === zoneId);
    if (zone) setText(`Pain zone ${zone.label}: candidate muscles listed in the lab.`);
  }, [zoneId]);
  useEffect(() => {
    if (referral) setText('Referred-pain map shown on the leg.');
  }, [referral]);
  return text;
}

export default function ClinicalLab() {
  const ref = useViewer((s) => s.preset);
  const referral = useViewer((s) => s.referral);
  const zoneId = useViewer((s) => s.painZoneId);
  const setOpen = useViewer((s) => s.setClinicalOpen);
  const startTour = useViewer((s) => s.startTour);
  const active = ref ? findPreset(ref.id) : undefined;
  const [tab, setTab] = useState<TabId>(active?.kind ?? (referral || zoneId ? 'referral' : 'test'));
  const tabs = useRef(new Map<TabId, HTMLButtonElement | null>());
  const heading = useRef<HTMLHeadingElement>(null);
  const announcement = useAnnouncement();

  // Follow presets applied from elsewhere (API, link, tour) and the pain lookup.
  useEffect(() => {
    if (active) setTab(active.kind);
  }, [active]);
  // A shown preset keeps its tab (a link may carry a preset and the pain map; the preset leads,
  // whatever order the two arrive in).
  useEffect(() => {
    if ((zoneId || referral) && !active) setTab('referral');
  }, [zoneId, referral, active]);
  // Opened with its button: move focus into the lab. Opened by a link, tour or the API: leave focus be.
  useEffect(() => {
    if (document.activeElement?.id === 'clinical-lab-toggle') heading.current?.focus();
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = TABS[(next + TABS.length) % TABS.length].id;
    setTab(t);
    tabs.current.get(t)?.focus();
  };

  const list = tab === 'referral' ? [] : clinical.presets.filter((p) => p.kind === tab);
  const shownPreset = active && active.kind === tab ? active : undefined;

  return (
    <section className="clinical-lab" id="clinical-lab" aria-labelledby="clinical-lab-title" data-testid="clinical-lab">
      <header className="clinical-lab-head">
        <h2 id="clinical-lab-title" ref={heading} tabIndex={-1}>
          Clinical lab
        </h2>
        <button type="button" className="icon-button" aria-label="Close the clinical lab" data-testid="clinical-close" onClick={() => setOpen(false)}>
          <CloseIcon />
        </button>
      </header>
      <div className="clinical-tabs" role="tablist" aria-label="Clinical tools">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`clinical-tab-${t.id}`}
            data-testid={`clinical-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="clinical-tabpanel"
            tabIndex={tab === t.id ? 0 : -1}
            className="clinical-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={onTabKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      {/* the zones are on the leg whatever tab is open (a link or the API turned them on): so is their caveat */}
      {referral && tab !== 'referral' && <Caveat />}
      <div className="clinical-tabpanel" id="clinical-tabpanel" role="tabpanel" aria-labelledby={`clinical-tab-${tab}`}>
        {tab === 'referral' ? (
          <PainMap />
        ) : (
          <>
            <div className="clinical-preset-list" role="group" aria-label={`${TABS.find((t) => t.id === tab)?.label}: choose one`}>
              {list.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className="chip chip-small"
                  data-testid={`preset-${p.id}`}
                  aria-pressed={ref?.id === p.id}
                  onClick={() => applyPreset(p.id, 0)}
                >
                  {p.title}
                </button>
              ))}
            </div>
            {shownPreset ? (
              <PresetCard preset={shownPreset} />
            ) : (
              <p className="muted clinical-hint">Choose one above: the leg takes its pose and the card explains it with the live muscle lengths.</p>
            )}
            {tab !== 'palpation' && (
              <button type="button" className="chip chip-small clinical-tour" data-testid="clinical-tour" onClick={() => startTour(getTour(CLINIC_TOUR_ID))}>
                Tour: {getTour(CLINIC_TOUR_ID).title}
              </button>
            )}
          </>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="clinical-announcer">
        {announcement}
      </p>
      <Overlays />
    </section>
  );
}
