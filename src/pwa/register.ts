/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker (made by vite-plugin-pwa / Workbox, see vite.config.ts) from the
 * page's own origin. Loaded on demand after the first model frame (UpdateNotice imports it), so the
 * first view's JavaScript does not carry it. A new version waits ("prompt"): `onNeedRefresh` tells
 * the page, and the returned function activates it and reloads.
 */
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting. */
  onNeedRefresh: () => void;
  /** The app shell, model and data are cached: the app now works offline. */
  onOfflineReady: () => void;
}

/** Register; resolves to a function that switches to the waiting version and reloads the page. */
export function registerServiceWorker(events: ServiceWorkerEvents): () => Promise<void> {
  if (!('serviceWorker' in navigator)) return () => Promise.resolve();
  return registerSW({ immediate: true, onNeedRefresh: events.onNeedRefresh, onOfflineReady: events.onOfflineReady });
}
