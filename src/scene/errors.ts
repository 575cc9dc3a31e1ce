/** User-facing messages for what can go wrong with the 3D view: what happened and what to do. */
import type { ViewerError } from '../state/statusSlice';

export const NO_WEBGL: ViewerError = {
  kind: 'no-webgl',
  title: '3D view not available',
  detail: 'This browser could not start WebGL, which the 3D model needs.',
  remedy:
    'Update your browser, or turn on hardware acceleration (graphics acceleration) in its settings, then reload. The structure list and information panel still work.',
};

export const CONTEXT_LOST: ViewerError = {
  kind: 'context-lost',
  title: 'The 3D view was interrupted',
  detail: 'The graphics processor stopped drawing this page (the WebGL context was lost). Your selection is kept.',
  remedy: 'Wait a moment: it usually comes back by itself. If it does not, reload the page or close other 3D-heavy tabs.',
};

/** Turns a model-loading failure (GLTFLoader / fetch) into a message: missing file or damaged file. */
export function modelLoadError(error: unknown): ViewerError {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /\b(404|403|410|responded with|Failed to fetch|NetworkError|Load failed)\b/i.test(message);
  if (missing) {
    return {
      kind: 'model-missing',
      title: 'The 3D model could not be downloaded',
      detail: `The file of the leg model did not arrive (${message}).`,
      remedy: 'Check your connection, or that the site was installed completely, then reload the page.',
    };
  }
  if (/WebAssembly|Content Security/i.test(message)) {
    return {
      kind: 'model-corrupt',
      title: 'The 3D model could not be decoded',
      detail: `The page's security policy blocked the decoder the compressed model needs (${message}).`,
      remedy:
        "If you host this viewer, allow WebAssembly in its Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'), then reload.",
    };
  }
  return {
    kind: 'model-corrupt',
    title: 'The 3D model file is damaged',
    detail: `The leg model was downloaded but could not be read; it may be truncated or corrupt (${message}).`,
    remedy: 'Reload the page to download it again. If this keeps happening, clear the browser cache for this site.',
  };
}
