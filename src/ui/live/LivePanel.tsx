/**
 * Live lecture controls. Presenter (lecture mode): "Go live", then the join QR code shown large for
 * the hall, the link, how many follow, "End live". Student: a badge (live · following / exploring /
 * reconnecting) with "Explore on my own" and "Follow again".
 */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useViewer } from '../../state/store';
import { loadLive } from '../../embed/live';
import './live.css';

function useQrCode(text: string | null): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return setSrc(null);
    let current = true;
    // SVG, not a canvas: sharp at projector size.
    void QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return src;
}

function PresenterPanel() {
  const live = useViewer((s) => s.live);
  const [shown, setShown] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const qr = useQrCode(live.joinUrl);
  if (live.role !== 'presenter') {
    return (
      <div className="live-start">
        <button
          type="button"
          className="chip live-go"
          data-testid="live-go"
          onClick={() => {
            setProblem(null);
            loadLive()
              .then((m) => m.startPresenting())
              .catch((e: unknown) => setProblem(`Could not go live: ${e instanceof Error ? e.message : String(e)}`));
          }}
        >
          Go live
        </button>
        {problem && <p role="alert">{problem}</p>}
      </div>
    );
  }
  return (
    <section className="live-presenter" data-testid="live-presenter" aria-label="Live lecture">
      <p className="live-line">
        <span className={`live-dot${live.connected ? ' live-on' : ''}`} aria-hidden="true" />
        <strong>{live.connected ? 'Live' : 'Connecting…'}</strong>
        <span data-testid="live-followers">
          {live.followers} {live.followers === 1 ? 'student follows' : 'students follow'}
        </span>
      </p>
      {shown && qr && <img className="live-qr" data-testid="live-qr" src={qr} alt={`QR code of the join link ${live.joinUrl}`} />}
      {shown && (
        <p className="live-link">
          <a href={live.joinUrl ?? undefined} data-testid="live-join-url" target="_blank" rel="noreferrer">
            {live.joinUrl}
          </a>
        </p>
      )}
      <div className="live-buttons">
        <button type="button" className="chip" data-testid="live-qr-toggle" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide QR code' : 'Show QR code'}
        </button>
        <button type="button" className="chip" data-testid="live-end" onClick={() => void loadLive().then((m) => m.stopLive(true))}>
          End live
        </button>
      </div>
    </section>
  );
}

function StudentBadge() {
  const live = useViewer((s) => s.live);
  if (live.role !== 'student') {
    return live.ended ? (
      <p className="live-badge" role="status" data-testid="live-badge">
        {live.ended}
      </p>
    ) : null;
  }
  const state = !live.connected ? 'reconnecting' : live.following ? 'following' : 'exploring';
  const text = { reconnecting: 'Live · reconnecting…', following: 'Live · following the lecturer', exploring: 'Live · exploring on my own' }[state];
  return (
    <div className="live-badge" role="status" data-testid="live-badge" data-live-state={state}>
      <span className={`live-dot${live.connected ? ' live-on' : ''}`} aria-hidden="true" />
      <span>{text}</span>
      <button
        type="button"
        className="chip"
        data-testid="live-follow"
        onClick={() => void loadLive().then((m) => m.follow(!live.following))}
      >
        {live.following ? 'Explore on my own' : 'Follow again'}
      </button>
    </div>
  );
}

export default function LivePanel() {
  const lecture = useViewer((s) => s.lecture);
  const role = useViewer((s) => s.live.role);
  return (
    <div className="live-layer">
      {role !== 'student' && lecture && <PresenterPanel />}
      <StudentBadge />
    </div>
  );
}
