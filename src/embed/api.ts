/**
 * The embedding API: `window.anatomyViewer` and the same calls over postMessage, for teachers'
 * slides, LMS pages and our browser tests.
 *
 * ```js
 * const v = window.anatomyViewer;
 * v.select('gastrocnemius_medial_head');   // true; false for an unknown id (nothing changes)
 * v.select('triceps_surae');               // a group: selectedGroup is set and its members light up
 * v.play('plantarflexion');                // true; false for an unknown action; 'inversion' | 'eversion' turn the subtalar joint,
 *                                          //   'toe_flexion' | 'toe_extension' the toes at the MTP joints (getState().footAngle)
 * v.pause();
 * v.setView('medial');                     // 'anterior' | 'posterior' | 'medial' | 'lateral' | 'plantar' | 'reset'
 * v.getState();                            // { ready, error, selected, selectedGroup, hovered, focused, action, playing, loop,
 *                                          //   speed, angles: { knee, ankle }, view, cameraMoving }
 * v.screenPosition('soleus');              // { x, y } CSS px in the viewport where it is visible, or null
 * v.setPose({ knee: 90, ankle: 20 });      // true; false for a value outside the joint's range
 * v.selectBone('calcaneus');               // true; lists what attaches to it and lights its footprints
 * v.setLesion('tibial_nerve');             // true; null restores; ids: see LESION_IDS
 * v.showLinesOfAction(true);               // getState().momentArms then holds { [muscle]: { knee?, ankle? } } in mm
 * v.showAction('plantarflexion');          // prime movers, synergists, antagonists coloured; null clears
 * await v.clinicalReady();                 // the clinical lab's data has loaded (on demand)
 * v.presets();                             // [{ id: 'silfverskiold', kind: 'test', title, steps: 4 }, …]
 * v.applyPreset('silfverskiold', 1);       // true; false for an unknown preset or step
 * v.showReferral(true);                    // the referred-pain layer
 * v.painZone('instep');                    // [{ muscle: 'gastrocnemius_medial_head', inModel: true, source }, …]
 * await v.flashcards();                    // [{ id: 'name:soleus', deck: 'names', front, back }, …] the whole deck, plain text
 * v.getState().lesionEffect;               // after setLesion: { movements: { dorsiflexion: { strength: 48.2, effect: 'weak' }, … }, numbSkin: ['dermatome_L5'] }
 * await v.live.start();                    // { room, joinUrl }: this page presents a live lecture
 * v.live.status();                         // { role: 'presenter' | 'student' | null, connected, following, followers }
 * v.live.follow(false);                    // a student explores on their own; true follows again
 * ```
 * From a parent page, for an iframe: `iframe.contentWindow.postMessage({ type: 'anatomy-viewer', id: 1,
 * method: 'select', args: ['soleus'] }, '*')`; the viewer answers the sender with
 * `{ type: 'anatomy-viewer:result', id: 1, result: true }` (or `{ …, error: 'message' }` for a bad request).
 * `ready: true` and the window event `anatomy-viewer:ready` mean the model is loaded and drawn.
 */
import { isActionId, isStructureId } from '../anatomy/ids';
import { isGroupId } from '../anatomy/groupIds';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import { screenPosition } from '../scene/screenPosition';
import { checkPoseInput } from '../state/poseSlice';
import { LESION_IDS, MOVEMENT_IDS } from '../anatomy/functionIds';
import { currentBone } from '../state/explorerSlice';
import { isFootMotionId } from '../state/footMotionSlice';
import { clinicalActions, loadClinical } from '../state/clinicalSlice';
import { muscleLengthAt } from '../kinematics/muscleLength';
import { VIEW_NAMES } from './types';
import { createLiveApi } from './live';
import type { AnatomyViewerApi, EmbedRequest, ViewName, ViewerState } from './types';

export function createAnatomyViewerApi(): AnatomyViewerApi {
  return {
    live: createLiveApi(),
    select(id) {
      const s = useViewer.getState();
      if (id === null) {
        s.clearSelection();
        return true;
      }
      if (isGroupId(id)) {
        s.selectGroup(id);
        return true;
      }
      if (!isStructureId(id)) return false;
      s.select(id);
      return true;
    },
    play(action) {
      if (isFootMotionId(action)) {
        useViewer.getState().playFootMotion(action);
        return true;
      }
      if (!isActionId(action)) return false;
      useViewer.getState().play(action);
      return true;
    },
    pause() {
      useViewer.getState().pause();
    },
    setView(name) {
      const s = useViewer.getState();
      if (name === 'reset') {
        s.resetView();
        return true;
      }
      if (!(VIEW_NAMES as readonly string[]).includes(name)) return false;
      s.setView(name as ViewName);
      return true;
    },
    getState(): ViewerState {
      const s = useViewer.getState();
      return {
        ready: s.ready,
        error: s.error ? `${s.error.title}. ${s.error.detail} ${s.error.remedy}` : null,
        selected: s.selected,
        selectedGroup: s.selectedGroup,
        hovered: s.hovered,
        focused: s.focused,
        action: s.action,
        footMotion: s.footMotion,
        footAngle: s.footAngle,
        playing: s.playing,
        loop: s.loop,
        speed: s.speed,
        angles: { knee: s.angles.knee, ankle: s.angles.ankle },
        view: s.view,
        cameraMoving: s.cameraMoving,
        bone: currentBone(s),
        lesion: s.lesion,
        lesionEffect: s.lesionEffect
          ? { movements: structuredClone(s.lesionEffect.movements), numbSkin: [...s.lesionEffect.numbSkin] }
          : null,
        movement: s.movement,
        linesOfAction: s.linesOfAction,
        momentArms: s.linesOfAction ? { ...s.momentArms } : {},
        preset: s.preset ? { ...s.preset } : null,
        referral: s.referral,
        tour: s.tour ? { id: s.tour.id, step: s.tourStep } : null,
        lengths: {
          gastrocnemius_medial_head: muscleLengthAt('gastrocnemius_medial_head', s.angles) * 1000,
          gastrocnemius_lateral_head: muscleLengthAt('gastrocnemius_lateral_head', s.angles) * 1000,
          soleus: muscleLengthAt('soleus', s.angles) * 1000,
        },
      };
    },
    screenPosition(id: StructureId) {
      return isStructureId(id) ? screenPosition(id) : null;
    },
    setPose(pose) {
      const checked = checkPoseInput(pose);
      if ('error' in checked) {
        console.warn(`anatomyViewer.setPose: ${checked.error}`);
        return false;
      }
      useViewer.getState().setPose(checked.pose);
      return true;
    },
    selectBone(id) {
      return rejectUnknown(useViewer.getState().selectBone(id), 'bone', id, 'a bone of the model, e.g. calcaneus');
    },
    setLesion(id) {
      return rejectUnknown(useViewer.getState().setLesion(id), 'nerve or root', id, LESION_IDS.join(', '));
    },
    showLinesOfAction(on) {
      if (typeof on !== 'boolean') return rejectUnknown(false, 'switch value', on, 'true or false');
      useViewer.getState().setLinesOfAction(on);
      return true;
    },
    showAction(id) {
      return rejectUnknown(useViewer.getState().setMovement(id), 'movement', id, MOVEMENT_IDS.join(', '));
    },
    presets() {
      return clinicalActions()?.presets() ?? [];
    },
    applyPreset(id, step = 0) {
      const lab = clinicalActions();
      if (!lab) {
        console.warn('anatomyViewer.applyPreset: the clinical lab is still loading; await anatomyViewer.clinicalReady() first.');
        return false;
      }
      const problem = lab.presetRequestProblem(id, step);
      if (problem) {
        console.warn(`anatomyViewer.applyPreset: ${problem}`);
        return false;
      }
      return lab.applyPreset(id, step);
    },
    showReferral(on) {
      useViewer.getState().setReferral(on === true);
    },
    painZone(zoneId) {
      const list = clinicalActions()?.painZoneCandidates(zoneId) ?? [];
      return list.map((c) => ({ muscle: c.muscle, inModel: c.inModel, source: c.source }));
    },
    clinicalReady() {
      return loadClinical().then(() => true as const);
    },
    async flashcards() {
      // the deck's generator and the structure data load on demand, as the study panel does
      const [{ buildDeck, deckOf }, { anatomy }] = await Promise.all([import('../study/flashcardDeck'), import('../anatomy/data')]);
      return buildDeck(anatomy).map((c) => ({ id: c.id, deck: deckOf(c.kind), front: c.frontText, back: c.back }));
    },
  };
}

/** An API call with an unknown id changes nothing and says so in the viewer's notice. */
function rejectUnknown(ok: boolean, what: string, value: unknown, expected: string): boolean {
  if (!ok) useViewer.getState().showNotice(`Unknown ${what} ${JSON.stringify(value)}; expected ${expected}. Nothing was changed.`);
  return ok;
}

const METHODS = [
  'select',
  'play',
  'pause',
  'setView',
  'getState',
  'screenPosition',
  'setPose',
  'selectBone',
  'setLesion',
  'showLinesOfAction',
  'showAction',
  'presets',
  'applyPreset',
  'showReferral',
  'painZone',
  'clinicalReady',
  'flashcards',
] as const;

function isRequest(data: unknown): data is EmbedRequest {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'anatomy-viewer';
}

/** Answers `{ type: 'anatomy-viewer', id, method, args }` messages; only the API's methods can be called. */
export function handleEmbedMessage(api: AnatomyViewerApi, event: MessageEvent): void {
  if (!isRequest(event.data)) return;
  const { id, method, args } = event.data;
  const reply = (body: { result?: unknown; error?: string }) => {
    const target = event.source as Window | null;
    const message = { type: 'anatomy-viewer:result', id, ...body };
    if (target && typeof target.postMessage === 'function') {
      target.postMessage(message, { targetOrigin: event.origin && event.origin !== 'null' ? event.origin : '*' });
    }
  };
  if (!(METHODS as readonly string[]).includes(method)) {
    reply({ error: `Unknown method ${JSON.stringify(method)}; available: ${METHODS.join(', ')}.` });
    return;
  }
  const list = Array.isArray(args) ? args : [];
  const fn = api[method] as (...a: unknown[]) => unknown;
  const result = fn(...list);
  // promise-returning methods (clinicalReady, flashcards) answer when they settle
  if (result instanceof Promise) result.then((r) => reply({ result: r }), (e: unknown) => reply({ error: String(e) }));
  else reply({ result });
}

/** Installs `window.anatomyViewer` and the postMessage listener (at startup, before the model loads). */
export function installEmbedApi(): AnatomyViewerApi {
  const api = createAnatomyViewerApi();
  window.anatomyViewer = api;
  window.addEventListener('message', (e) => handleEmbedMessage(api, e));
  // The clinical lab's data loads once the model's first frame is out, so hosts can call presets().
  const unsub = useViewer.subscribe((s) => {
    if (!s.ready) return;
    unsub();
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void loadClinical());
  });
  return api;
}
