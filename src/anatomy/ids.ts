/**
 * Structure ids: the contract between the model, the data, the URL and the tests.
 * Each id is a glTF node name in models/lower-leg.glb, a key in data/structures.json,
 * a value of the `select` URL parameter and a test selector.
 */

export const STRUCTURE_KINDS = [
  'bone',
  'muscle',
  'tendon',
  'ligament',
  'nerve',
  'artery',
  'vein',
  'attachment',
  'skin',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export const STRUCTURES = {
  // Bones
  femur: 'bone',
  patella: 'bone',
  tibia: 'bone',
  fibula: 'bone',
  talus: 'bone',
  calcaneus: 'bone',
  navicular: 'bone',
  cuboid: 'bone',
  // where the grouped cuneiforms / metatarsals / phalanges were: pin links number structures by
  // their place in this list (pinsSlice), so an old link's number lands on the bone it maps to
  // (LEGACY_STRUCTURE_IDS); the other foot bones are appended at the end
  medial_cuneiform: 'bone',
  metatarsal_1: 'bone',
  phalanges_1: 'bone',
  // Posterior compartment, superficial
  gastrocnemius_medial_head: 'muscle',
  gastrocnemius_lateral_head: 'muscle',
  soleus: 'muscle',
  plantaris: 'muscle',
  calcaneal_tendon: 'tendon',
  // Posterior compartment, deep
  popliteus: 'muscle',
  tibialis_posterior: 'muscle',
  flexor_digitorum_longus: 'muscle',
  flexor_hallucis_longus: 'muscle',
  // Anterior compartment
  tibialis_anterior: 'muscle',
  extensor_digitorum_longus: 'muscle',
  extensor_hallucis_longus: 'muscle',
  // Lateral compartment
  fibularis_longus: 'muscle',
  fibularis_brevis: 'muscle',
  // Thigh muscles ending near the knee (distal parts only)
  biceps_femoris: 'muscle',
  semitendinosus: 'muscle',
  semimembranosus: 'muscle',
  gracilis: 'muscle',
  sartorius: 'muscle',
  rectus_femoris: 'muscle',
  vastus_lateralis: 'muscle',
  vastus_medialis: 'muscle',
  vastus_intermedius: 'muscle',
  quadriceps_tendon: 'tendon',
  // Ligaments
  patellar_ligament: 'ligament',
  medial_collateral_ligament: 'ligament',
  lateral_collateral_ligament: 'ligament',
  anterior_cruciate_ligament: 'ligament',
  posterior_cruciate_ligament: 'ligament',
  // Menisci: fibrocartilage wedges on the tibial plateau (drawn and layered with the ligaments)
  medial_meniscus: 'ligament',
  lateral_meniscus: 'ligament',
  superior_extensor_retinaculum: 'ligament',
  flexor_retinaculum: 'ligament',
  // Nerves and vessels
  tibial_nerve: 'nerve',
  common_fibular_nerve: 'nerve',
  superficial_fibular_nerve: 'nerve',
  deep_fibular_nerve: 'nerve',
  sural_nerve: 'nerve',
  saphenous_nerve: 'nerve',
  medial_plantar_nerve: 'nerve',
  lateral_plantar_nerve: 'nerve',
  popliteal_artery: 'artery',
  medial_sural_artery: 'artery',
  lateral_sural_artery: 'artery',
  posterior_tibial_artery: 'artery',
  anterior_tibial_artery: 'artery',
  fibular_artery: 'artery',
  popliteal_vein: 'vein',
  small_saphenous_vein: 'vein',
  great_saphenous_vein: 'vein',
  // Attachment areas: thin meshes lying on the bone surface
  gastrocnemius_medial_head_origin_area: 'attachment',
  gastrocnemius_lateral_head_origin_area: 'attachment',
  calcaneal_tendon_insertion_area: 'attachment',
  soleus_origin_area: 'attachment',
  tibialis_anterior_origin_area: 'attachment',
  tibialis_anterior_insertion_area: 'attachment',
  // Translucent envelope for the skin layer
  skin: 'skin',
  // Foot bones added when the grouped foot bones were split (kept last: see medial_cuneiform)
  intermediate_cuneiform: 'bone',
  lateral_cuneiform: 'bone',
  metatarsal_2: 'bone',
  metatarsal_3: 'bone',
  metatarsal_4: 'bone',
  metatarsal_5: 'bone',
  phalanges_2: 'bone',
  phalanges_3: 'bone',
  phalanges_4: 'bone',
  phalanges_5: 'bone',
  // Fascial bands added with the soft tissue (issue 10); appended, since pin links number structures
  // by their place in this list
  inferior_extensor_retinaculum: 'ligament',
  superior_fibular_retinaculum: 'ligament',
  inferior_fibular_retinaculum: 'ligament',
  interosseous_membrane: 'ligament',
  iliotibial_tract: 'ligament',
  plantar_aponeurosis: 'ligament',
  extensor_digitorum_brevis: 'muscle',
  // Attachment areas generated from the muscles' centre lines (issue 12; appended, as pin links store indices)
  plantaris_origin_area: 'attachment',
  plantaris_insertion_area: 'attachment',
  popliteus_origin_area: 'attachment',
  popliteus_insertion_area: 'attachment',
  tibialis_posterior_origin_area: 'attachment',
  tibialis_posterior_insertion_area: 'attachment',
  flexor_digitorum_longus_origin_area: 'attachment',
  flexor_digitorum_longus_insertion_area: 'attachment',
  flexor_hallucis_longus_origin_area: 'attachment',
  flexor_hallucis_longus_insertion_area: 'attachment',
  extensor_digitorum_longus_origin_area: 'attachment',
  extensor_digitorum_longus_insertion_area: 'attachment',
  extensor_hallucis_longus_origin_area: 'attachment',
  extensor_hallucis_longus_insertion_area: 'attachment',
  fibularis_longus_origin_area: 'attachment',
  fibularis_longus_insertion_area: 'attachment',
  fibularis_brevis_origin_area: 'attachment',
  fibularis_brevis_insertion_area: 'attachment',
  biceps_femoris_origin_area: 'attachment',
  biceps_femoris_insertion_area: 'attachment',
  semitendinosus_insertion_area: 'attachment',
  semimembranosus_insertion_area: 'attachment',
  gracilis_insertion_area: 'attachment',
  sartorius_insertion_area: 'attachment',
  quadriceps_tendon_insertion_area: 'attachment',
  vastus_intermedius_origin_area: 'attachment',
  vastus_lateralis_origin_area: 'attachment',
  vastus_medialis_origin_area: 'attachment',
  extensor_digitorum_brevis_origin_area: 'attachment',
  extensor_digitorum_brevis_insertion_area: 'attachment',
  // The sole's four layers, extensor hallucis brevis (its own muscle in TA2) and the hallux
  // sesamoids (model v3, issue 18; appended, as pin links store indices)
  abductor_hallucis: 'muscle',
  flexor_digitorum_brevis: 'muscle',
  abductor_digiti_minimi: 'muscle',
  quadratus_plantae: 'muscle',
  lumbricals: 'muscle',
  flexor_hallucis_brevis: 'muscle',
  adductor_hallucis: 'muscle',
  flexor_digiti_minimi_brevis: 'muscle',
  plantar_interossei: 'muscle',
  dorsal_interossei: 'muscle',
  extensor_hallucis_brevis: 'muscle',
  medial_sesamoid: 'bone',
  lateral_sesamoid: 'bone',
  // Their attachment areas, generated from their centre lines on the real foot
  abductor_hallucis_origin_area: 'attachment',
  abductor_hallucis_insertion_area: 'attachment',
  flexor_digitorum_brevis_origin_area: 'attachment',
  flexor_digitorum_brevis_insertion_area: 'attachment',
  abductor_digiti_minimi_origin_area: 'attachment',
  abductor_digiti_minimi_insertion_area: 'attachment',
  quadratus_plantae_origin_area: 'attachment',
  lumbricals_insertion_area: 'attachment',
  flexor_hallucis_brevis_origin_area: 'attachment',
  flexor_hallucis_brevis_insertion_area: 'attachment',
  adductor_hallucis_origin_area: 'attachment',
  adductor_hallucis_insertion_area: 'attachment',
  flexor_digiti_minimi_brevis_origin_area: 'attachment',
  flexor_digiti_minimi_brevis_insertion_area: 'attachment',
  plantar_interossei_origin_area: 'attachment',
  plantar_interossei_insertion_area: 'attachment',
  dorsal_interossei_origin_area: 'attachment',
  dorsal_interossei_insertion_area: 'attachment',
  extensor_hallucis_brevis_origin_area: 'attachment',
  extensor_hallucis_brevis_insertion_area: 'attachment',
} as const satisfies Record<string, StructureKind>;

export type StructureId = keyof typeof STRUCTURES;
export const STRUCTURE_IDS = Object.keys(STRUCTURES) as StructureId[];

export function isStructureId(value: unknown): value is StructureId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(STRUCTURES, value);
}

/**
 * Ids of earlier model versions, found in old links and stored state, and the structure each now
 * maps to: the grouped foot bones were split into single bones (issue 9).
 */
export const LEGACY_STRUCTURE_IDS = {
  cuneiforms: 'medial_cuneiform',
  metatarsals: 'metatarsal_1',
  phalanges: 'phalanges_1',
} as const satisfies Record<string, StructureId>;
export type LegacyStructureId = keyof typeof LEGACY_STRUCTURE_IDS;

export function isLegacyStructureId(value: unknown): value is LegacyStructureId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LEGACY_STRUCTURE_IDS, value);
}

/** A current id unchanged, an old id mapped to its successor, anything else null. */
export function migrateStructureId(value: unknown): StructureId | null {
  if (isStructureId(value)) return value;
  if (isLegacyStructureId(value)) return LEGACY_STRUCTURE_IDS[value];
  return null;
}

export function kindOf(id: StructureId): StructureKind {
  return STRUCTURES[id];
}

/**
 * Landmark nodes: empty glTF nodes, children of the bone they sit on, so they move with it.
 * Named `<muscle>_origin` / `<muscle>_insertion`.
 */
export const LANDMARK_PARENTS = {
  gastrocnemius_medial_head_origin: 'femur',
  gastrocnemius_medial_head_insertion: 'calcaneus',
  gastrocnemius_lateral_head_origin: 'femur',
  gastrocnemius_lateral_head_insertion: 'calcaneus',
  soleus_origin: 'fibula',
  soleus_insertion: 'calcaneus',
  tibialis_anterior_origin: 'tibia',
  tibialis_anterior_insertion: 'medial_cuneiform',
} as const satisfies Record<string, StructureId>;
export type LandmarkId = keyof typeof LANDMARK_PARENTS;

/** Which attachment-area mesh shows each attachment of a muscle. */
export const ATTACHMENT_AREAS = {
  gastrocnemius_medial_head: {
    origin: 'gastrocnemius_medial_head_origin_area',
    insertion: 'calcaneal_tendon_insertion_area',
  },
  gastrocnemius_lateral_head: {
    origin: 'gastrocnemius_lateral_head_origin_area',
    insertion: 'calcaneal_tendon_insertion_area',
  },
  soleus: { origin: 'soleus_origin_area', insertion: 'calcaneal_tendon_insertion_area' },
  tibialis_anterior: {
    origin: 'tibialis_anterior_origin_area',
    insertion: 'tibialis_anterior_insertion_area',
  },
  // generated from the muscles' centre lines; an end outside the model (a thigh muscle's pelvic origin) has none
  plantaris: { origin: 'plantaris_origin_area', insertion: 'plantaris_insertion_area' },
  popliteus: { origin: 'popliteus_origin_area', insertion: 'popliteus_insertion_area' },
  tibialis_posterior: { origin: 'tibialis_posterior_origin_area', insertion: 'tibialis_posterior_insertion_area' },
  flexor_digitorum_longus: { origin: 'flexor_digitorum_longus_origin_area', insertion: 'flexor_digitorum_longus_insertion_area' },
  flexor_hallucis_longus: { origin: 'flexor_hallucis_longus_origin_area', insertion: 'flexor_hallucis_longus_insertion_area' },
  extensor_digitorum_longus: { origin: 'extensor_digitorum_longus_origin_area', insertion: 'extensor_digitorum_longus_insertion_area' },
  extensor_hallucis_longus: { origin: 'extensor_hallucis_longus_origin_area', insertion: 'extensor_hallucis_longus_insertion_area' },
  fibularis_longus: { origin: 'fibularis_longus_origin_area', insertion: 'fibularis_longus_insertion_area' },
  fibularis_brevis: { origin: 'fibularis_brevis_origin_area', insertion: 'fibularis_brevis_insertion_area' },
  extensor_digitorum_brevis: {
    origin: 'extensor_digitorum_brevis_origin_area',
    insertion: 'extensor_digitorum_brevis_insertion_area',
  },
  biceps_femoris: { origin: 'biceps_femoris_origin_area', insertion: 'biceps_femoris_insertion_area' },
  semitendinosus: { origin: undefined, insertion: 'semitendinosus_insertion_area' },
  semimembranosus: { origin: undefined, insertion: 'semimembranosus_insertion_area' },
  gracilis: { origin: undefined, insertion: 'gracilis_insertion_area' },
  sartorius: { origin: undefined, insertion: 'sartorius_insertion_area' },
  rectus_femoris: { origin: undefined, insertion: 'quadriceps_tendon_insertion_area' },
  vastus_lateralis: { origin: 'vastus_lateralis_origin_area', insertion: 'quadriceps_tendon_insertion_area' },
  vastus_medialis: { origin: 'vastus_medialis_origin_area', insertion: 'quadriceps_tendon_insertion_area' },
  vastus_intermedius: { origin: 'vastus_intermedius_origin_area', insertion: 'quadriceps_tendon_insertion_area' },
  // the sole and extensor hallucis brevis; an end on another muscle's tendon (quadratus plantae's
  // insertion, the lumbricals' origin) has no bone area
  abductor_hallucis: { origin: 'abductor_hallucis_origin_area', insertion: 'abductor_hallucis_insertion_area' },
  flexor_digitorum_brevis: { origin: 'flexor_digitorum_brevis_origin_area', insertion: 'flexor_digitorum_brevis_insertion_area' },
  abductor_digiti_minimi: { origin: 'abductor_digiti_minimi_origin_area', insertion: 'abductor_digiti_minimi_insertion_area' },
  quadratus_plantae: { origin: 'quadratus_plantae_origin_area', insertion: undefined },
  lumbricals: { origin: undefined, insertion: 'lumbricals_insertion_area' },
  flexor_hallucis_brevis: { origin: 'flexor_hallucis_brevis_origin_area', insertion: 'flexor_hallucis_brevis_insertion_area' },
  adductor_hallucis: { origin: 'adductor_hallucis_origin_area', insertion: 'adductor_hallucis_insertion_area' },
  flexor_digiti_minimi_brevis: { origin: 'flexor_digiti_minimi_brevis_origin_area', insertion: 'flexor_digiti_minimi_brevis_insertion_area' },
  plantar_interossei: { origin: 'plantar_interossei_origin_area', insertion: 'plantar_interossei_insertion_area' },
  dorsal_interossei: { origin: 'dorsal_interossei_origin_area', insertion: 'dorsal_interossei_insertion_area' },
  extensor_hallucis_brevis: { origin: 'extensor_hallucis_brevis_origin_area', insertion: 'extensor_hallucis_brevis_insertion_area' },
} as const satisfies Record<string, { origin?: StructureId; insertion?: StructureId }>;

/** Joint nodes in the glTF: rotating them poses everything distal to them. */
export const JOINT_NODES = ['knee_joint', 'ankle_joint', 'subtalar_joint', 'toes_joint'] as const;

/** Animation clips in the glTF; each targets only one joint node. */
export const ACTIONS = ['plantarflexion', 'knee_flexion'] as const;
export type ActionId = (typeof ACTIONS)[number];

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}
