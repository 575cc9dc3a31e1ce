// Vite fingerprints the .glb and ships it under /assets/ (offline-first; tests can route **/*.glb).
import modelUrl from '../../models/lower-leg.glb?url';

export const MODEL_URL: string = modelUrl;
