import { useEffect } from 'react';
import { kindOf } from '../../anatomy/ids';
import { MOVEMENT_IDS, areaOwner, functionData } from '../../anatomy/function';
import type { LesionId, MovementId } from '../../anatomy/function';
import { summarizeLesion } from '../../anatomy/lesionModel';
import { getLivePose } from '../../state/livePose';
import type { ActionId } from '../../anatomy/ids';
import { useViewer } from '../../state/store';
import { isBoneId } from '../../state/explorerSlice';

/** The explorer movement each animation clip shows. */
const CLIP_MOVEMENT: Record<ActionId, MovementId> = { plantarflexion: 'plantarflexion', knee_flexion: 'knee_flexion' };

/** A sentence naming what a lesion weakens, for the notice when an action plays with it. */
export function lesionPlayNotice(s: { lesion: LesionId; action: ActionId }): string {
  const lesion = functionData.lesions[s.lesion];
  const summary = summarizeLesion(s.lesion, getLivePose());
  const shown = CLIP_MOVEMENT[s.action];
  const label = functionData.movements[shown].label.toLowerCase();
  const m = summary.movements[shown];
  const head =
    m.strength >= 99.95
      ? `With the ${lesion.name.toLowerCase()} cut, ${label} keeps all its muscles.`
      : `With the ${lesion.name.toLowerCase()} cut, ${label} is ${m.effect} (${m.strength.toFixed(0)} % of its strength left).`;
  const others = MOVEMENT_IDS.filter((id) => id !== shown && summary.movements[id].strength < 99.95).map(
    (id) => `${functionData.movements[id].label.toLowerCase()} ${summary.movements[id].effect} (${summary.movements[id].strength.toFixed(0)} %)`,
  );
  return others.length ? `${head} Also ${others.join(', ')}.` : head;
}

/**
 * The explorer's reactions: a click on a lit footprint opens its muscle (bone-first navigation);
 * playing an action with a lesion names what is weakened in the notice.
 */
export function useExplorerBehaviour(): void {
  useEffect(
    () =>
      useViewer.subscribe((s, prev) => {
        if (s.selected !== prev.selected && s.selected && kindOf(s.selected) === 'attachment' && isBoneId(prev.selected)) {
          const owner = areaOwner(s.selected).find((o) => o.bone === prev.selected) ?? areaOwner(s.selected)[0];
          if (owner) {
            s.revealStructure(owner.muscle);
            s.select(owner.muscle);
          }
        }
        if (s.lesion && s.action && s.playing && (!prev.playing || prev.action !== s.action || prev.lesion !== s.lesion)) {
          s.showNotice(lesionPlayNotice({ lesion: s.lesion, action: s.action }));
        }
      }),
    [],
  );
}
