/**
 * The viewer reads data/structures.json and data/muscle-parameters.json without validating them in the
 * browser (no schema library in the first download). This is where they are validated instead: the
 * zod schemas and cross-checks run over the files as shipped, and what the viewer uses is exactly
 * what the schema accepts (no trimming or defaults that the browser would miss).
 */
import { describe, expect, it } from 'vitest';
import structuresJson from '../../data/structures.json';
import muscleParametersJson from '../../data/muscle-parameters.json';
import { parseStructures } from '../../src/anatomy/schema';
import { anatomy } from '../../src/anatomy/data';
import { parseMuscleParameters } from '../../src/anatomy/muscleParameters';
import { muscleParameters } from '../../src/anatomy/shippedMuscleParameters';

describe('shipped data, validated at test time', () => {
  it('data/structures.json passes the schema and its cross-checks, unchanged by parsing', () => {
    const parsed = parseStructures(structuredClone(structuresJson));
    expect(parsed).toEqual(structuresJson);
    expect(anatomy).toEqual(parsed);
  });

  it('data/muscle-parameters.json passes the schema and its cross-checks, unchanged by parsing', () => {
    const parsed = parseMuscleParameters(structuredClone(muscleParametersJson));
    expect(parsed).toEqual(muscleParametersJson);
    expect(muscleParameters).toEqual(parsed);
  });

  it('a damaged copy is refused, so the check above has teeth', () => {
    const broken = structuredClone(structuresJson) as { structures: Record<string, { name: unknown }> };
    broken.structures.soleus.name = 42;
    expect(() => parseStructures(broken)).toThrow(/structures\.soleus\.name/);
  });
});
