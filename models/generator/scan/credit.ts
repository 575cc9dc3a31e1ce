/** The attribution CC BY 4.0 asks for, as written into the .glb (asset.copyright and asset.extras). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REAL_SCALE } from './realLeg';

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../source/manifest.json', import.meta.url)), 'utf8')) as {
  citation: string;
  datasetDoi: string;
  licence: string;
};

export const SOURCE_CREDIT = {
  copyright: `Bones, cartilage, the knee's cruciate and collateral ligaments and muscle bellies: Visible Human Female surfaces by Andreassen et al. 2022 (Scientific Data, doi:10.1038/s41597-022-01905-2), CC BY 4.0; changed (posed, scaled, smoothed, simplified, split). Generated parts: anatomy-viewer contributors.`,
  citation: manifest.citation,
  dataset: `doi:${manifest.datasetDoi}`,
  licence: manifest.licence,
  changes: `Re-posed from the cadaver to the anatomical position about fitted joint axes, scaled uniformly ×${REAL_SCALE.toFixed(3)}, Taubin-smoothed, simplified with meshoptimizer, the forefoot split into its bones, thigh muscles cut at the model's thigh cut; tendons, femur above its cartilage, missing muscles, nerves, vessels, fasciae and skin generated to fit (models/README.md).`,
};
