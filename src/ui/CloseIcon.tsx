/** The "×" of close and dismiss buttons; decorative, so the button carries the label. */
export function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 6l12 12M18 6L6 18" strokeWidth="2.2" stroke="currentColor" strokeLinecap="round" fill="none" />
    </svg>
  );
}
