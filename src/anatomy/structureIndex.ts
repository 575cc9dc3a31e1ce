/**
 * The few facts of data/structures.json that the 3D view needs from its first frame — each muscle's
 * sibling heads, the prime movers of each action, the bone under each attachment area, the members
 * of each group — kept here so
 * the first download does not carry the whole text file. tests/unit/structureIndex.test.ts checks
 * that they equal what structures.json says (edit the data, then this table).
 */
import type { ActionId, StructureId } from './ids';
import type { GroupId } from './groupIds';

/** The other heads of a muscle (hiding or highlighting one head of gastrocnemius takes both). */
export const SIBLINGS: Partial<Record<StructureId, readonly StructureId[]>> = {
  gastrocnemius_medial_head: ['gastrocnemius_lateral_head'],
  gastrocnemius_lateral_head: ['gastrocnemius_medial_head'],
  rectus_femoris: ['vastus_lateralis', 'vastus_medialis', 'vastus_intermedius'],
  vastus_lateralis: ['rectus_femoris', 'vastus_medialis', 'vastus_intermedius'],
  vastus_medialis: ['rectus_femoris', 'vastus_lateralis', 'vastus_intermedius'],
  vastus_intermedius: ['rectus_femoris', 'vastus_lateralis', 'vastus_medialis'],
};

/** Muscles tinted as prime movers while an action plays (each muscle's `primeMoverOf`). */
export const PRIME_MOVERS: Record<ActionId, readonly StructureId[]> = {
  plantarflexion: ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus'],
  knee_flexion: ['biceps_femoris', 'semitendinosus', 'semimembranosus'],
};

/** The bone each attachment-area mesh lies on (the muscle end that names the area). */
export const AREA_BONE: Partial<Record<StructureId, StructureId>> = {
  gastrocnemius_medial_head_origin_area: 'femur',
  calcaneal_tendon_insertion_area: 'calcaneus',
  gastrocnemius_lateral_head_origin_area: 'femur',
  soleus_origin_area: 'fibula',
  tibialis_anterior_origin_area: 'tibia',
  tibialis_anterior_insertion_area: 'medial_cuneiform',
  plantaris_origin_area: 'femur',
  plantaris_insertion_area: 'calcaneus',
  popliteus_origin_area: 'femur',
  popliteus_insertion_area: 'tibia',
  tibialis_posterior_origin_area: 'tibia',
  tibialis_posterior_insertion_area: 'navicular',
  flexor_digitorum_longus_origin_area: 'tibia',
  flexor_digitorum_longus_insertion_area: 'phalanges_2',
  flexor_hallucis_longus_origin_area: 'fibula',
  flexor_hallucis_longus_insertion_area: 'phalanges_1',
  extensor_digitorum_longus_origin_area: 'fibula',
  extensor_digitorum_longus_insertion_area: 'phalanges_2',
  extensor_hallucis_longus_origin_area: 'fibula',
  extensor_hallucis_longus_insertion_area: 'phalanges_1',
  fibularis_longus_origin_area: 'fibula',
  fibularis_longus_insertion_area: 'metatarsal_1',
  fibularis_brevis_origin_area: 'fibula',
  fibularis_brevis_insertion_area: 'metatarsal_5',
  biceps_femoris_origin_area: 'femur',
  biceps_femoris_insertion_area: 'fibula',
  semitendinosus_insertion_area: 'tibia',
  semimembranosus_insertion_area: 'tibia',
  gracilis_insertion_area: 'tibia',
  sartorius_insertion_area: 'tibia',
  quadriceps_tendon_insertion_area: 'patella',
  vastus_intermedius_origin_area: 'femur',
  vastus_lateralis_origin_area: 'femur',
  vastus_medialis_origin_area: 'femur',
  extensor_digitorum_brevis_origin_area: 'calcaneus',
  extensor_digitorum_brevis_insertion_area: 'phalanges_2',
  abductor_hallucis_origin_area: 'calcaneus',
  abductor_hallucis_insertion_area: 'phalanges_1',
  flexor_digitorum_brevis_origin_area: 'calcaneus',
  flexor_digitorum_brevis_insertion_area: 'phalanges_2',
  abductor_digiti_minimi_origin_area: 'calcaneus',
  abductor_digiti_minimi_insertion_area: 'phalanges_5',
  quadratus_plantae_origin_area: 'calcaneus',
  lumbricals_insertion_area: 'phalanges_2',
  flexor_hallucis_brevis_origin_area: 'cuboid',
  flexor_hallucis_brevis_insertion_area: 'phalanges_1',
  adductor_hallucis_origin_area: 'metatarsal_2',
  adductor_hallucis_insertion_area: 'phalanges_1',
  flexor_digiti_minimi_brevis_origin_area: 'metatarsal_5',
  flexor_digiti_minimi_brevis_insertion_area: 'phalanges_5',
  plantar_interossei_origin_area: 'metatarsal_3',
  plantar_interossei_insertion_area: 'phalanges_3',
  dorsal_interossei_origin_area: 'metatarsal_2',
  dorsal_interossei_insertion_area: 'phalanges_2',
  extensor_hallucis_brevis_origin_area: 'calcaneus',
  extensor_hallucis_brevis_insertion_area: 'phalanges_1',
};

/** The structures a group lights up when it is selected. */
export const GROUP_MEMBERS: Record<GroupId, readonly StructureId[]> = {
  triceps_surae: ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus'],
  hamstrings: ['biceps_femoris', 'semitendinosus', 'semimembranosus'],
  quadriceps_femoris: ['rectus_femoris', 'vastus_lateralis', 'vastus_medialis', 'vastus_intermedius'],
  pes_anserinus: ['sartorius', 'gracilis', 'semitendinosus'],
  popliteal_fossa: ['biceps_femoris', 'semimembranosus', 'semitendinosus', 'gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'plantaris', 'popliteus', 'tibial_nerve', 'common_fibular_nerve', 'popliteal_artery', 'medial_sural_artery', 'lateral_sural_artery', 'popliteal_vein', 'small_saphenous_vein'],
  sole_first_layer: ['abductor_hallucis', 'flexor_digitorum_brevis', 'abductor_digiti_minimi'],
  sole_second_layer: ['quadratus_plantae', 'lumbricals'],
  sole_third_layer: ['flexor_hallucis_brevis', 'adductor_hallucis', 'flexor_digiti_minimi_brevis'],
  sole_fourth_layer: ['plantar_interossei', 'dorsal_interossei'],
};
