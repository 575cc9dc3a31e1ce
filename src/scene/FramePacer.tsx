/**
 * GPU back-pressure for the render loop. requestAnimationFrame does not wait for the GPU: where the
 * GPU is slower than the frame rate (software rendering: SwiftShader takes 100–300 ms a frame of the
 * leg), every animated frame of a camera flight or a clip was queued, and the GPU was still drawing
 * frames of a flight that had ended ~6 s later — a screenshot, a readback or the next input's frame
 * waited behind them (measured: first screenshot after a view flight 6.2–7.1 s, 0.2–0.4 s once
 * drained). Here a frame is drawn only while fewer than MAX_FRAMES_IN_FLIGHT earlier frames are
 * unfinished (a fence after each); otherwise the frame is skipped and the scene, as it is by then, is
 * drawn once the GPU has caught up. Animations are timed by the clock, not by drawn frames, so they
 * end on time, with fewer frames drawn. On a GPU that keeps up nothing is ever skipped.
 *
 * While a skipped frame is owed, `data-frame-pending="true"` is on <html>: what the canvas shows is
 * older than the scene (tests wait for it to go before they read pixels).
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/** Frames that may be queued on the GPU before the next one waits (Chrome's own pipeline keeps about two). */
export const MAX_FRAMES_IN_FLIGHT = 2;

/** While the GPU is behind, look again after this long (ms) instead of spinning through animation frames. */
const RECHECK_MS = 8;

/** Takes over R3F's render (a useFrame with priority 1 runs after every other frame callback). */
export function FramePacer() {
  const fences = useRef<WebGLSync[]>([]);
  const gl = useThree((s) => s.gl);

  useEffect(
    () => () => {
      owe(false);
      const ctx = gl.getContext();
      if (isWebgl2(ctx) && !ctx.isContextLost()) for (const f of fences.current) ctx.deleteSync(f);
      fences.current = [];
    },
    [gl],
  );

  useFrame(({ gl, scene, camera, invalidate }) => {
    const ctx = gl.getContext();
    if (!isWebgl2(ctx) || ctx.isContextLost()) {
      fences.current = [];
      gl.render(scene, camera);
      owe(false);
      return;
    }
    const queue = fences.current;
    // Finished frames leave the queue; so do fences of a context that was lost and restored since.
    while (queue.length > 0 && (!ctx.isSync(queue[0]) || ctx.getSyncParameter(queue[0], ctx.SYNC_STATUS) === ctx.SIGNALED)) {
      const done = queue.shift()!;
      if (ctx.isSync(done)) ctx.deleteSync(done);
    }
    if (queue.length >= MAX_FRAMES_IN_FLIGHT) {
      // The GPU is still drawing earlier frames: draw the scene as it is when it has caught up.
      owe(true);
      setTimeout(() => invalidate(), RECHECK_MS);
      return;
    }
    gl.render(scene, camera);
    owe(false);
    const fence = ctx.fenceSync(ctx.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (fence) queue.push(fence);
  }, 1);

  return null;
}

/** Reflects an owed frame on <html> (only on change: this runs every animation frame). */
function owe(pending: boolean): void {
  const flags = document.documentElement.dataset;
  if (pending && flags.framePending !== 'true') flags.framePending = 'true';
  else if (!pending && flags.framePending !== undefined) delete flags.framePending;
}

function isWebgl2(ctx: WebGLRenderingContext | WebGL2RenderingContext): ctx is WebGL2RenderingContext {
  return typeof WebGL2RenderingContext !== 'undefined' && ctx instanceof WebGL2RenderingContext;
}
