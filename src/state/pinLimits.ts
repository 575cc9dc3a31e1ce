/** Limits of student pins, shared by the pins slice and the validation of stored pins. */
export const MAX_PINS = 40;
export const MAX_PIN_LABEL = 60;
/** Larger than any mesh of the model; anything above is a malformed link. */
export const MAX_VERTEX = 1_000_000;
