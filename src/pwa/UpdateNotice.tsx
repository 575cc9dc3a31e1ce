import { useEffect, useRef, useState } from 'react';

/**
 * Registers the service worker once (its module loads only now, after the first model frame) and
 * shows "Update available — reload" when a new version has been installed, rather than letting the
 * app change under the user. `data-offline-ready="true"` on <html> says the app is cached.
 */
export function UpdateNotice() {
  const [waiting, setWaiting] = useState(false);
  const update = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    // No service worker in the dev server (vite-plugin-pwa builds it with the production bundle).
    if (import.meta.env.DEV) return;
    let live = true;
    void import('./register').then(({ registerServiceWorker }) => {
      if (!live) return;
      update.current = registerServiceWorker({
        onNeedRefresh: () => setWaiting(true),
        onOfflineReady: () => {
          document.documentElement.dataset.offlineReady = 'true';
        },
      });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!waiting) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <p>Update available</p>
      <button type="button" className="primary" data-testid="update-reload" onClick={() => void update.current?.()}>
        Reload
      </button>
    </div>
  );
}
