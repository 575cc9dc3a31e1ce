import type { Camera, Material, Object3D, Scene, WebGLRenderer } from 'three';

/** How often (ms) to look whether the GPU has finished the programs. */
const POLL_MS = 25;

/**
 * Compiles the programs `root`'s materials need (with `scene`'s lights) and resolves once the GPU
 * has linked them, without a call that waits for it on the main thread. Then the next frame uses
 * them at once: a program's first use asks for its uniforms, and that question waits until the
 * link is done — under SwiftShader, without KHR_parallel_shader_compile (so three's compileAsync
 * resolves at once), that made the first frame after the fibre variants a 100–350 ms task. A fence
 * placed after the link commands signals when the GPU process has run them.
 */
export function compileInBackground(renderer: WebGLRenderer, root: Object3D, camera: Camera, scene: Scene): Promise<void> {
  if (renderer.extensions.has('KHR_parallel_shader_compile')) return renderer.compileAsync(root, camera, scene).then(() => undefined);
  const materials = renderer.compile(root, camera, scene);
  const gl = renderer.getContext();
  if (typeof WebGL2RenderingContext === 'undefined' || !(gl instanceof WebGL2RenderingContext)) return Promise.resolve();
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) return Promise.resolve();
  gl.flush();
  return new Promise((done) => {
    const poll = () => {
      // The status is read without waiting (WebGL updates it between tasks); a lost context never signals.
      if (gl.isContextLost() || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED) {
        if (!gl.isContextLost()) {
          gl.deleteSync(fence);
          askProgramsNow(renderer, materials);
        }
        done();
      } else setTimeout(poll, POLL_MS);
    };
    setTimeout(poll, POLL_MS);
  });
}

/**
 * A program's first use asks the GPU for its uniforms and attributes (three's
 * WebGLProgram.getUniforms), synchronous GL calls that wait for the GPU thread: made in the frame that
 * first draws with the program, they waited behind that frame (25–63 ms of a long task under
 * SwiftShader, profiled with tests/bench/longTaskProfile.ts). Asked as soon as the link is done,
 * before anything draws with the program, they find the GPU just caught up.
 */
function askProgramsNow(renderer: WebGLRenderer, materials: Iterable<Material>): void {
  for (const material of materials) {
    const program = (renderer.properties.get(material) as { currentProgram?: { getUniforms(): unknown } }).currentProgram;
    program?.getUniforms();
  }
}
