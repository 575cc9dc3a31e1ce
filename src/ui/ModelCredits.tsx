/**
 * "About the model": where the geometry comes from and under which licence (CC BY 4.0 asks for the
 * source, the licence and a note of the changes wherever the work is shown).
 */
export function ModelCredits() {
  return (
    <details className="model-credits" data-testid="model-credits">
      <summary>About the model · credits</summary>
      <p>
        The bones, their articular cartilage, the cruciate and collateral ligaments of the knee and the muscles of the leg and lower thigh are real
        surfaces of the <strong>Visible Human Female</strong> (US National Library of Medicine), segmented by
        Andreassen, Hume, Hamilton, Walker, Higinbotham and Shelburne, “Three-dimensional lower extremity
        musculoskeletal geometry of the Visible Human Female and Male”, <em>Scientific Data</em> 2022
        (doi:10.1038/s41597-022-01905-2), licensed CC BY 4.0 (creativecommons.org/licenses/by/4.0).
      </p>
      <p>
        Changed for this viewer: moved from the cadaver’s pose to the anatomical position (knee straight, foot at
        90°), scaled uniformly ×1.156 to a mid-size adult (tibia 0.40 m), smoothed and simplified, the forefoot
        split into its bones. Tendons beyond the muscle bellies, the femur above its cartilage, the muscles the
        data lacks, the other ligaments, the menisci, nerves, vessels, fasciae and the skin are generated to fit the real parts.
      </p>
    </details>
  );
}
