/**
 * Fibre length and active force–length fraction of the triceps surae and tibialis anterior in a
 * pose: a Hill-type muscle with a rigid tendon and constant-thickness pennation, parameters from the
 * OpenSim gait2392 model (data/muscle-parameters.json). Pure: no three.js, no DOM.
 *
 * Why it matters for teaching: gastrocnemius crosses the knee, so bending the knee slackens it and
 * its fibres slide down the ascending limb of the force–length curve (active insufficiency), while
 * soleus, which crosses only the ankle, is unaffected.
 *
 * Scaling: this model's muscle–tendon lengths (muscleLength.ts, a 1.75 m adult) differ from
 * OpenSim's generic model. Like OpenSim's Scale tool, both the optimal fibre length and the tendon
 * slack length are multiplied by s = (this model's MTU length at neutral) / (OpenSim's MTU length at
 * neutral), which keeps the normalized fibre length at neutral equal to OpenSim's (e.g. medial
 * gastrocnemius 1.05, soleus 0.93, tibialis anterior 0.83). Scaling the tendon alone would move it
 * off (soleus 1.19).
 */
import { muscleParameters } from '../anatomy/shippedMuscleParameters';
import type { HillParameters } from '../anatomy/muscleParameters';
import { JOINTS, NEUTRAL_POSE } from './joints';
import type { Pose } from './joints';
import { muscleLengthAt } from './muscleLength';
import type { LengthMuscleId } from './muscleLength';

export type ForceMuscleId = LengthMuscleId;
export const FORCE_MUSCLES: readonly ForceMuscleId[] = [
  'gastrocnemius_medial_head',
  'gastrocnemius_lateral_head',
  'soleus',
  'tibialis_anterior',
];

/** Hill parameters in the units of this model: lengths scaled to its muscle–tendon lengths. */
export interface ScaledHillParameters {
  optimalFiberLength: number;
  tendonSlackLength: number;
  pennationAngleAtOptimal: number;
  maxIsometricForce: number;
  /** This model's MTU length at neutral / OpenSim's. */
  scale: number;
}

export interface FibreState {
  /** Muscle–tendon unit length (m). */
  mtuLength: number;
  /** Fibre length / optimal fibre length. */
  normFibreLength: number;
  /** Pennation angle (radians). */
  pennationAngle: number;
  /** Active force–length fraction f(l̃), 0–1: the share of max isometric force the fibres can make at full activation. */
  activeForceFraction: number;
}

/**
 * Active force–length curve of Thelen 2003 (as in OpenSim's Thelen2003Muscle):
 * f = exp(−(l̃ − 1)² / γ), γ = KshapeActive (0.5 in the gait2392 file; Thelen's paper used 0.45).
 * Peaks at 1 when l̃ = 1. Being a Gaussian it never reaches 0: f(0.5) = f(1.5) ≈ 0.61 with γ = 0.5.
 */
export function activeForceLength(normFibreLength: number, kShapeActive = muscleParameters.forceLength.kShapeActive): number {
  if (!Number.isFinite(normFibreLength) || normFibreLength < 0) {
    throw new Error(`activeForceLength: expected a normalized fibre length ≥ 0, received ${normFibreLength}`);
  }
  if (!(kShapeActive > 0)) throw new Error(`activeForceLength: expected kShapeActive > 0, received ${kShapeActive}`);
  return Math.exp(-((normFibreLength - 1) ** 2) / kShapeActive);
}

/**
 * Fibre state for a muscle–tendon length with a rigid tendon: the fibres take up `mtuLength −
 * tendonSlackLength` along the tendon, and their thickness `lopt·sin α0` stays constant, so
 * `lM = √((lopt sin α0)² + (mtuLength − lTs)²)`. If the tendon alone is longer than the MTU the
 * fibres stand at 90° (lM = lopt sin α0).
 */
export function fibreStateFromMtuLength(params: Omit<ScaledHillParameters, 'scale' | 'maxIsometricForce'>, mtuLength: number, kShapeActive?: number): FibreState {
  if (!Number.isFinite(mtuLength) || mtuLength <= 0) {
    throw new Error(`fibreStateFromMtuLength: expected a positive muscle–tendon length in metres, received ${mtuLength}`);
  }
  const { optimalFiberLength: lopt, tendonSlackLength: lts, pennationAngleAtOptimal: alpha0 } = params;
  if (!(lopt > 0) || !(lts > 0) || !(alpha0 >= 0 && alpha0 < Math.PI / 2)) {
    throw new Error(`fibreStateFromMtuLength: invalid parameters ${JSON.stringify(params)}`);
  }
  const thickness = lopt * Math.sin(alpha0);
  const along = Math.max(0, mtuLength - lts);
  const fibre = Math.hypot(thickness, along);
  const normFibreLength = fibre / lopt;
  const pennationAngle = fibre > 0 ? Math.atan2(thickness, along) : Math.PI / 2;
  return { mtuLength, normFibreLength, pennationAngle, activeForceFraction: activeForceLength(normFibreLength, kShapeActive) };
}

function paramsOf(id: ForceMuscleId): HillParameters {
  const p = (FORCE_MUSCLES as readonly string[]).includes(id) ? muscleParameters.muscles[id] : undefined;
  if (!p) throw new Error(`No muscle parameters for "${String(id)}": expected one of ${FORCE_MUSCLES.join(', ')}`);
  return p;
}

/** The OpenSim parameters of `id` with lengths scaled to this model (see the module comment). */
export function scaledParameters(id: ForceMuscleId): ScaledHillParameters {
  const p = paramsOf(id);
  const scale = muscleLengthAt(id, NEUTRAL_POSE) / p.opensimNeutralMtuLength;
  return {
    optimalFiberLength: p.optimalFiberLength * scale,
    tendonSlackLength: p.tendonSlackLength * scale,
    pennationAngleAtOptimal: p.pennationAngleAtOptimal,
    maxIsometricForce: p.maxIsometricForce,
    scale,
  };
}

/** MTU length, normalized fibre length, pennation and active force–length fraction of `id` in `pose`. */
export function fibreStateAt(id: ForceMuscleId, pose: Pose): FibreState {
  return fibreStateFromMtuLength(scaledParameters(id), muscleLengthAt(id, pose));
}

export interface LengthCurvePoint extends FibreState {
  /** Ankle angle (degrees; plantarflexion > 0). */
  ankle: number;
}

/**
 * Samples `fibreStateAt` over ankle angles from `ankleFrom` to `ankleTo` (degrees, inclusive) at a
 * fixed knee angle: the data of the force–length chart. `steps` intervals give steps + 1 points.
 */
export function lengthCurve(id: ForceMuscleId, knee: number, ankleFrom: number, ankleTo: number, steps = 35): LengthCurvePoint[] {
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`lengthCurve: expected an integer number of steps ≥ 1, received ${steps}`);
  for (const [name, value, joint] of [['knee', knee, JOINTS.knee], ['ankleFrom', ankleFrom, JOINTS.ankle], ['ankleTo', ankleTo, JOINTS.ankle]] as const) {
    if (!Number.isFinite(value) || value < joint.range.min || value > joint.range.max) {
      throw new Error(`lengthCurve: ${name} = ${value}° is outside the ${joint.id} range ${joint.range.min}…${joint.range.max}°`);
    }
  }
  const params = scaledParameters(id);
  const points: LengthCurvePoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const ankle = ankleFrom + ((ankleTo - ankleFrom) * i) / steps;
    points.push({ ankle, ...fibreStateFromMtuLength(params, muscleLengthAt(id, { knee, ankle })) });
  }
  return points;
}
