// First: configure zod before src/anatomy parses the data at import (CSP-safe, see csp.ts).
import './embed/csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installEmbedApi } from './embed/api';
import { applyUrlAtStartup } from './embed/useUrlSync';
import { webglAvailable } from './scene/webgl';
import { NO_WEBGL } from './scene/errors';
import { useViewer } from './state/store';
import './styles.css';

// The API exists from startup (getState works before the model is ready).
installEmbedApi();
applyUrlAtStartup();

// Detect WebGL before creating the Canvas: without it, show why and keep the list and panel usable.
const webgl = webglAvailable();
if (!webgl) useViewer.getState().setError(NO_WEBGL);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={webgl} />
  </StrictMode>,
);
