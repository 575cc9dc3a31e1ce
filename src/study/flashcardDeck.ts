/**
 * Flashcard decks generated from the anatomy data (data/structures.json through src/anatomy): name
 * the lit structure, a muscle's origin, insertion, actions, nerve and blood supply, Latin names, and
 * "which muscle attaches here?" for every attachment area a muscle's data points to. Each card says
 * how the 3D view shows its front. Pure: no DOM, no React, no three.js.
 */
import type { StructureId, StructureKind } from '../anatomy/ids';
import type { AnatomyData, StructureInfo } from '../anatomy/schema';

export const CARD_KINDS = ['name', 'latin', 'origin', 'insertion', 'action', 'nerve', 'blood', 'attachment'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface Flashcard {
  /** Stable across data edits that keep the structure: `<kind>:<structure id>` (the schedule's key). */
  id: string;
  kind: CardKind;
  /** The structure the card is about; the back's link opens its panel. */
  structure: StructureId;
  /** The question on screen, with the 3D view posed beside it. */
  front: string;
  /** The front as text only (for a CSV export, where there is no 3D view to point at). */
  frontText: string;
  back: string;
  /** What the 3D view lights up and frames for the front. */
  show: StructureId;
}

/** Kinds whose structures get "name it" and Latin cards (attachment areas get their own card; the skin none). */
const NAMED_KINDS: readonly StructureKind[] = ['bone', 'muscle', 'tendon', 'ligament', 'nerve', 'artery', 'vein'];

/** The card's word for a structure: its tissue when the kind's word would be wrong (a meniscus is no ligament). */
export function cardWord(info: StructureInfo): string {
  return info.tissue ?? KIND_WORD[info.kind];
}

const KIND_WORD: Record<StructureKind, string> = {
  bone: 'bone',
  muscle: 'muscle',
  tendon: 'tendon',
  ligament: 'ligament',
  nerve: 'nerve',
  artery: 'artery',
  vein: 'vein',
  attachment: 'attachment area',
  skin: 'skin',
};

function endCard(info: StructureInfo, end: 'origin' | 'insertion'): Flashcard | null {
  const a = info.muscle?.[end];
  if (!a) return null;
  const where = a.landmark ? `${a.text} (${a.landmark})` : a.text;
  const front = `${end === 'origin' ? 'Origin' : 'Insertion'} of ${info.name}?`;
  return { id: `${end}:${info.id}`, kind: end, structure: info.id, front, frontText: front, back: where, show: a.area ?? info.id };
}

function muscleCards(info: StructureInfo): Flashcard[] {
  const m = info.muscle;
  if (!m) return [];
  const cards: Flashcard[] = [];
  for (const end of ['origin', 'insertion'] as const) {
    const card = endCard(info, end);
    if (card) cards.push(card);
  }
  const actions = m.actions.map((a) => `${a.label}${a.role === 'assists' ? ' (assists)' : ''}`).join('; ');
  const fact = (kind: CardKind, front: string, back: string): Flashcard => ({
    id: `${kind}:${info.id}`,
    kind,
    structure: info.id,
    front,
    frontText: front,
    back,
    show: info.id,
  });
  cards.push(fact('action', `Actions of ${info.name}?`, actions));
  cards.push(fact('nerve', `Nerve supply of ${info.name}?`, m.innervation.text));
  cards.push(fact('blood', `Blood supply of ${info.name}?`, m.bloodSupply.text));
  return cards;
}

/** The muscle ends whose data name `area` as the attachment area that shows them. */
export function musclesAttachingAt(data: AnatomyData, area: StructureId): Array<{ muscle: StructureInfo; end: 'origin' | 'insertion' }> {
  const found: Array<{ muscle: StructureInfo; end: 'origin' | 'insertion' }> = [];
  for (const info of Object.values(data.structures)) {
    for (const end of ['origin', 'insertion'] as const) {
      if (info.muscle?.[end].area === area) found.push({ muscle: info, end });
    }
  }
  return found;
}

function attachmentCard(data: AnatomyData, info: StructureInfo): Flashcard | null {
  const ends = musclesAttachingAt(data, info.id);
  if (ends.length === 0) return null;
  const back = ends
    .map(({ muscle, end }) => `${muscle.name} (${end}${muscle.muscle?.[end].areaPart ? `: ${muscle.muscle[end].areaPart}` : ''})`)
    .join('; ');
  // The landmark names the bone's place without naming the muscle (the area's own name does).
  const landmarks = [...new Set(ends.map(({ muscle, end }) => muscle.muscle?.[end].landmark).filter((l): l is string => !!l))];
  const where = landmarks.length > 0 ? landmarks.join(' / ') : (info.region ?? info.name);
  // An area shared through one tendon (the calcaneal tendon's three muscles) asks for all of them: one answer.
  const question = ends.length > 1 ? `Which ${ends.length} muscles attach, through one tendon, at` : 'Which muscle attaches at';
  return {
    id: `attachment:${info.id}`,
    kind: 'attachment',
    structure: info.id,
    front: `${question} the lit area?`,
    frontText: `${question} this area: ${where}?`,
    back: `${back}. ${info.name}.`,
    show: info.id,
  };
}

/**
 * The text-only front of a "name it" card, which must fit one structure (there is no 3D view to
 * point): a muscle by its region and the exact places it runs between, anything else by its `cue`
 * (a name-free description) or, when no other structure shares it, its region.
 */
function nameFrontText(info: StructureInfo, word: string): string {
  const m = info.muscle;
  if (m) {
    const from = m.origin.landmark ?? m.origin.text;
    const to = m.insertion.landmark ?? m.insertion.text;
    return `Name the ${word} (${(info.region ?? 'lower limb').toLowerCase()}) that runs from the ${from} to the ${to}.`;
  }
  return `Name the ${word}: ${info.cue ?? info.region ?? 'lower limb'}.`;
}

/**
 * Every card the data supports, in a teaching order: for each structure (in the data's order) its
 * "name it" card, then Latin, then (muscles) origin, insertion, actions, nerve, blood supply; the
 * attachment areas' cards follow the structure list. Ids are unique.
 */
export function buildDeck(data: AnatomyData): Flashcard[] {
  const cards: Flashcard[] = [];
  const infos = Object.values(data.structures);
  for (const info of infos) {
    if (!NAMED_KINDS.includes(info.kind)) continue;
    const word = cardWord(info);
    cards.push({
      id: `name:${info.id}`,
      kind: 'name',
      structure: info.id,
      front: `Name the lit ${word}.`,
      frontText: nameFrontText(info, word),
      back: `${info.name} (${info.latin}${info.latinNote ? '; not a TA2 term' : ''})`,
      show: info.id,
    });
    const latin = `Latin name of ${info.name}?`;
    // a Latin name that is not a TA2 term says so on the back (sural arteries: TA2 has only the group)
    const latinBack = info.latinNote ? `${info.latin}. ${info.latinNote}` : info.latin;
    cards.push({ id: `latin:${info.id}`, kind: 'latin', structure: info.id, front: latin, frontText: latin, back: latinBack, show: info.id });
    cards.push(...muscleCards(info));
  }
  for (const info of infos) {
    if (info.kind !== 'attachment') continue;
    const card = attachmentCard(data, info);
    if (card) cards.push(card);
  }
  return cards;
}

/** The decks a student can choose: card kinds studied together. */
export const DECKS = [
  { id: 'all', label: 'All cards', kinds: [] },
  { id: 'names', label: 'Name the lit structure', kinds: ['name'] },
  { id: 'muscles', label: 'Muscles: origin, insertion, action, nerve, blood', kinds: ['origin', 'insertion', 'action', 'nerve', 'blood'] },
  { id: 'attachments', label: 'Which muscle attaches here?', kinds: ['attachment'] },
  { id: 'latin', label: 'Latin names', kinds: ['latin'] },
] as const satisfies ReadonlyArray<{ id: string; label: string; kinds: readonly CardKind[] }>;
export type DeckId = (typeof DECKS)[number]['id'];

/** The deck (other than 'all') that holds cards of `kind`. */
export function deckOf(kind: CardKind): DeckId {
  return DECKS.find((d) => d.id !== 'all' && (d.kinds as readonly CardKind[]).includes(kind))?.id ?? 'all';
}

/** Cards of the chosen kinds (all when `kinds` is empty). */
export function filterDeck(deck: readonly Flashcard[], kinds: readonly CardKind[]): Flashcard[] {
  return kinds.length === 0 ? [...deck] : deck.filter((c) => kinds.includes(c.kind));
}
