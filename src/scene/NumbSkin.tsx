import { useEffect } from 'react';
import { BufferAttribute, BufferGeometry, Matrix3, Matrix4, Mesh, MeshBasicMaterial, SkinnedMesh, Vector3 } from 'three';
import { functionData } from '../anatomy/function';
import { inTerritory } from '../anatomy/skinTerritories';
import { useViewer } from '../state/store';
import { getSceneHandle } from './sceneHandle';
import type { ModelIndex } from './modelIndex';

/** Colour of the numb skin's hatching: a cool violet, apart from the muscle reds and the referral zones' red. */
const NUMB_COLOUR = 0x6a4cff;

/** The numb-skin material: hatched (diagonal stripes in screen space) where the vertex attribute `numb` is set, nothing elsewhere. */
function numbMaterial(): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ color: NUMB_COLOUR, transparent: true, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -2 });
  m.customProgramCacheKey = () => 'numb-skin';
  m.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float numb;\nvarying float vNumb;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvNumb = numb;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vNumb;')
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\nif (vNumb < 0.5) discard;\nfloat stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));\ndiffuseColor.a = mix(0.15, 0.7, stripe);',
      );
  };
  return m;
}

/**
 * Builds, for each skin mesh, an overlay sharing its vertices (and skeleton, so it follows the
 * pose) whose attribute `numb` marks the vertices inside any of `territories`. Returns the
 * overlays; the caller adds them beside their skin meshes.
 */
function buildOverlays(index: ModelIndex, territories: string[]): Mesh[] {
  const defs = territories.map((t) => functionData.skin[t]).filter(Boolean);
  const overlays: Mesh[] = [];
  index.root.updateWorldMatrix(true, true);
  const rootInverse = new Matrix4().copy(index.root.matrixWorld).invert();
  for (const skin of index.structures.get('skin')?.meshes ?? []) {
    const source = skin.geometry as BufferGeometry;
    const position = source.getAttribute('position');
    const normal = source.getAttribute('normal');
    if (!position || !normal) continue;
    // the mesh's vertices at rest, in the model root's frame (the frame of src/kinematics)
    const toRest = new Matrix4().multiplyMatrices(rootInverse, skin.matrixWorld);
    const normalToRest = new Matrix3().getNormalMatrix(toRest);
    const numb = new Float32Array(position.count);
    const p = new Vector3();
    const n = new Vector3();
    let any = false;
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i).applyMatrix4(toRest);
      n.fromBufferAttribute(normal, i).applyMatrix3(normalToRest).normalize();
      if (defs.some((t) => inTerritory(t, [p.x, p.y, p.z], [n.x, n.y, n.z]))) {
        numb[i] = 1;
        any = true;
      }
    }
    if (!any) continue;
    const geometry = new BufferGeometry();
    for (const [name, attribute] of Object.entries(source.attributes)) geometry.setAttribute(name, attribute);
    if (source.index) geometry.setIndex(source.index);
    geometry.setAttribute('numb', new BufferAttribute(numb, 1));
    const overlay = skin instanceof SkinnedMesh ? new SkinnedMesh(geometry, numbMaterial()) : new Mesh(geometry, numbMaterial());
    if (overlay instanceof SkinnedMesh && skin instanceof SkinnedMesh) overlay.bind(skin.skeleton, skin.bindMatrix);
    overlay.name = 'numb-skin';
    overlay.userData.territories = territories;
    // Hung beside the skin's own node, not under it: hiding the skin layer hides that node, and the
    // numb patch should show all the same. Its matrix puts it exactly where the skin mesh is.
    const node = index.structures.get('skin')!.node;
    const parent = node.parent ?? index.root;
    overlay.matrixAutoUpdate = false;
    overlay.matrix.copy(parent.matrixWorld).invert().multiply(skin.matrixWorld);
    overlay.renderOrder = 11;
    overlay.frustumCulled = false;
    overlay.raycast = () => undefined; // a diagram on the skin: never picked
    parent.add(overlay);
    overlays.push(overlay);
  }
  return overlays;
}

/**
 * Paints the skin a lesion makes numb (the cut nerve's cutaneous territory, or the cut root's
 * dermatome) as violet hatching on the leg, whether or not the skin layer is shown.
 */
export function NumbSkin() {
  useEffect(() => {
    let overlays: Mesh[] = [];
    const clear = () => {
      for (const o of overlays) {
        o.removeFromParent();
        o.geometry.deleteAttribute('numb');
        (o.material as MeshBasicMaterial).dispose();
      }
      overlays = [];
    };
    const paint = () => {
      clear();
      const handle = getSceneHandle();
      const lesion = useViewer.getState().lesion;
      if (handle && lesion) overlays = buildOverlays(handle.index, functionData.lesions[lesion].numbSkin);
      handle?.invalidate();
    };
    paint();
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.lesion !== prev.lesion || (s.ready && !prev.ready)) paint();
    });
    return () => {
      unsub();
      clear();
      getSceneHandle()?.invalidate();
    };
  }, []);
  return null;
}
