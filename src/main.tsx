import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installEmbedApi } from './embed/api';
import { applyUrlAtStartup } from './embed/useUrlSync';
import { joinLiveFromUrl } from './embed/live';
import './styles.css';

// The API exists from startup (getState works before the model is ready).
installEmbedApi();
applyUrlAtStartup();
joinLiveFromUrl();

// WebGL is not probed with a throw-away context: the 3D view's own context creation fails instead,
// and then shows why (the structure list and panel stay usable).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
