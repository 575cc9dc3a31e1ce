/**
 * Studio lighting that needs no files: a sky/ground hemisphere for soft fill plus a warm key, a cool
 * fill and a rim light from behind that separates the calf's silhouette from the dark background,
 * and two weak lights from below (the sole).
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={[0xf3f1ec, 0x3a3633, 1.1]} />
      <directionalLight position={[1.6, 2.4, 2.0]} intensity={1.9} color={0xfff4e6} />
      <directionalLight position={[-1.8, 1.2, 0.8]} intensity={0.7} color={0xdfe8ff} />
      <directionalLight position={[0.4, 1.6, -2.4]} intensity={1.3} color={0xffffff} />
      <directionalLight position={[-0.6, -1.0, -1.2]} intensity={0.35} color={0xcfd8ff} />
      {/* from below and in front: the sole, seen in the plantar view, is not left in the dark */}
      <directionalLight position={[0.4, -2.0, 0.9]} intensity={0.75} color={0xfff8f0} />
    </>
  );
}
