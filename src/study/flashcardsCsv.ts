/** A deck as an Anki-importable CSV file: Anki's header lines, then one row per card (front, back). Pure. */
import { toCsv } from './csv';
import type { Flashcard } from './flashcardDeck';

/** Anki (2.1.55+) reads these `#` lines as import settings: comma-separated, plain text, two fields. */
const ANKI_HEADER = '#separator:comma\r\n#html:false\r\n#columns:Front,Back\r\n';

export function deckToCsv(deck: readonly Flashcard[]): string {
  return ANKI_HEADER + toCsv(deck.map((card) => [card.frontText, card.back]));
}
