/**
 * A meshopt decoder for GLTFLoader that loads the real one (bundled, no CDN) only when a file uses
 * EXT_meshopt_compression. The decoder compiles WebAssembly as soon as its module is evaluated, which
 * a page served under a strict Content-Security-Policy without 'wasm-unsafe-eval' reports as a
 * violation — so a model without meshopt must not pay for it.
 */
type Decoder = (typeof import('three/examples/jsm/libs/meshopt_decoder.module.js'))['MeshoptDecoder'];

let decoder: Promise<Decoder> | null = null;

/** Starts fetching and compiling the decoder now (the loader calls this before it requests the file). */
export function load(): Promise<Decoder> {
  decoder ??= import('three/examples/jsm/libs/meshopt_decoder.module.js').then(async ({ MeshoptDecoder }) => {
    await MeshoptDecoder.ready;
    return MeshoptDecoder;
  });
  return decoder;
}

export const lazyMeshoptDecoder = {
  supported: true,
  ready: Promise.resolve(),
  async decodeGltfBufferAsync(
    count: number,
    stride: number,
    source: Uint8Array,
    mode: string,
    filter?: string,
  ): Promise<Uint8Array> {
    const d = await load();
    return d.decodeGltfBufferAsync(count, stride, source, mode, filter);
  },
};
