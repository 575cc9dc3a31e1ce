import { useEffect } from 'react';
import { kindOf } from '../../anatomy/ids';
import { areaOwner, functionData, lesionEffect } from '../../anatomy/function';
import type { MovementId } from '../../anatomy/function';
import type { ActionId } from '../../anatomy/ids';
import { useViewer } from '../../state/store';
import { isBoneId } from '../../state/explorerSlice';

/** The explorer movement each animation clip shows. */
const CLIP_MOVEMENT: Record<ActionId, MovementId> = { plantarflexion: 'plantarflexion', knee_flexion: 'knee_flexion' };

/** A sentence naming what a lesion weakens, for the notice when an action plays with it. */
export function lesionPlayNotice(s: { lesion: Parameters<typeof lesionEffect>[0]; action: ActionId }): string {
  const e = lesionEffect(s.lesion);
  const shown = e.movements.find((m) => m.movement === CLIP_MOVEMENT[s.action]);
  const label = functionData.movements[CLIP_MOVEMENT[s.action]].label;
  const head = shown
    ? `With the ${e.lesion.name.toLowerCase()} cut, ${label.toLowerCase()} is ${shown.effect}: the grey muscles cannot help.`
    : `With the ${e.lesion.name.toLowerCase()} cut, ${label.toLowerCase()} keeps all its muscles.`;
  const others = e.movements.filter((m) => m !== shown).map((m) => `${m.label.toLowerCase()} ${m.effect}`);
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
