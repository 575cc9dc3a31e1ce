/**
 * The function explorer, loaded on demand (see lazy.tsx): its panel, its sections of the info panel,
 * and its overlays on the model (tint and lines of action).
 */
import { useEffect } from 'react';
import { ExplorerTint } from '../../scene/ExplorerTint';
import { LinesOfAction } from '../../scene/LinesOfAction';
import { NumbSkin } from '../../scene/NumbSkin';
import { useExplorerBehaviour } from './behaviour';
import { useLesionReport } from './useLesionReport';
import './explorer.css';

export { ExplorerPanel } from './ExplorerPanel';
export { ExplorerSections } from './ExplorerSections';

/** The explorer's overlays on the 3D stage and its reactions to clicks and playback. */
export function ExplorerScene() {
  useExplorerBehaviour();
  useLesionReport();
  useEffect(() => {
    document.documentElement.dataset.explorerReady = 'true';
    return () => {
      delete document.documentElement.dataset.explorerReady;
    };
  }, []);
  return (
    <>
      <ExplorerTint />
      <LinesOfAction />
      <NumbSkin />
    </>
  );
}
