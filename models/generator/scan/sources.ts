/**
 * The source surfaces the model is built from: Visible Human Female, right lower limb, segmented by
 * Andreassen et al. 2022 (CC BY 4.0; models/source/README.md). Each entry names the file as
 * received, the re-encoded copy in models/source/ and the structure ids it becomes.
 */
import type { StructureId } from '../../../src/anatomy/ids';

export interface SourceFile {
  /** File name as received (dataset naming, including its spellings "Calcaneous", "Semitendonosus"). */
  file: string;
  /** Re-encoded copy in models/source/. */
  copy: string;
  /** Structure ids built from it. */
  ids: readonly StructureId[];
}

const bone = (name: string, copy: string, ids: readonly StructureId[]): SourceFile => ({ file: `VHF_Right_Bone_${name}_smooth.stl`, copy, ids });
const cartilage = (name: string, copy: string, ids: readonly StructureId[]): SourceFile => ({ file: `VHF_Right_Cartilage_${name}_smooth.stl`, copy, ids });
const ligament = (name: string, copy: string, ids: readonly StructureId[]): SourceFile => ({ file: `VHF_Right_Ligament_${name}_smooth.stl`, copy, ids });
const muscle = (name: string, copy: string, ids: readonly StructureId[]): SourceFile => ({ file: `VHF_Right_Muscle_${name}_smooth.stl`, copy, ids });

const METATARSALS = ['metatarsal_1', 'metatarsal_2', 'metatarsal_3', 'metatarsal_4', 'metatarsal_5'] as const;
const PHALANGES = ['phalanges_1', 'phalanges_2', 'phalanges_3', 'phalanges_4', 'phalanges_5'] as const;

export const SOURCE_FILES: readonly SourceFile[] = [
  bone('Tibia', 'tibia.mesh', ['tibia']),
  bone('Fibula', 'fibula.mesh', ['fibula']),
  bone('Patella', 'patella.mesh', ['patella']),
  bone('Talus', 'talus.mesh', ['talus']),
  bone('Calcaneous', 'calcaneus.mesh', ['calcaneus']),
  bone('Navicular', 'navicular.mesh', ['navicular']),
  bone('Cuboid', 'cuboid.mesh', ['cuboid']),
  bone('MedialCuneiform', 'medial_cuneiform.mesh', ['medial_cuneiform']),
  bone('IntermediateCuneiform', 'intermediate_cuneiform.mesh', ['intermediate_cuneiform']),
  bone('LateralCuneiform', 'lateral_cuneiform.mesh', ['lateral_cuneiform']),
  bone('Phalanges', 'forefoot.mesh', [...METATARSALS, ...PHALANGES]),
  cartilage('FemurDistal', 'femur_cartilage.mesh', ['femur']),
  cartilage('Patella', 'patella_cartilage.mesh', ['patella']),
  cartilage('TibiaMedial', 'tibia_cartilage_medial.mesh', ['tibia']),
  cartilage('TibiaLateral', 'tibia_cartilage_lateral.mesh', ['tibia']),
  cartilage('TibiaDistal', 'tibia_cartilage_distal.mesh', ['tibia']),
  cartilage('Talus', 'talus_cartilage.mesh', ['talus']),
  ligament('ACL', 'acl.mesh', ['anterior_cruciate_ligament']),
  ligament('PCL', 'pcl.mesh', ['posterior_cruciate_ligament']),
  ligament('MCL', 'mcl.mesh', ['medial_collateral_ligament']),
  ligament('LCL', 'lcl.mesh', ['lateral_collateral_ligament']),
  muscle('GastrocnemiusMedial', 'gastrocnemius_medial_head.mesh', ['gastrocnemius_medial_head']),
  muscle('GastrocnemiusLateral', 'gastrocnemius_lateral_head.mesh', ['gastrocnemius_lateral_head']),
  muscle('Soleus', 'soleus.mesh', ['soleus']),
  muscle('Plantaris', 'plantaris.mesh', ['plantaris']),
  muscle('Popliteus', 'popliteus.mesh', ['popliteus']),
  muscle('TibialisAnterior', 'tibialis_anterior.mesh', ['tibialis_anterior']),
  muscle('TibialisPosterior', 'tibialis_posterior.mesh', ['tibialis_posterior']),
  muscle('ExtensorDigitorumLongus', 'extensor_digitorum_longus.mesh', ['extensor_digitorum_longus']),
  muscle('ExtensorHallucisLongus', 'extensor_hallucis_longus.mesh', ['extensor_hallucis_longus']),
  muscle('FlexorDigitorumLongus', 'flexor_digitorum_longus.mesh', ['flexor_digitorum_longus']),
  muscle('FlexorHallucisLongus', 'flexor_hallucis_longus.mesh', ['flexor_hallucis_longus']),
  muscle('PeroneusLongus', 'fibularis_longus.mesh', ['fibularis_longus']),
  muscle('BicepsFemorisShortHead', 'biceps_femoris_short_head.mesh', ['biceps_femoris']),
  { file: 'VHF_Left_Muscle_BicepsFemorisLong_smooth.stl', copy: 'biceps_femoris_long_head_left.mesh', ids: ['biceps_femoris'] },
  muscle('Semimembranosus', 'semimembranosus.mesh', ['semimembranosus']),
  muscle('Semitendonosus', 'semitendinosus.mesh', ['semitendinosus']),
  muscle('Gracilis', 'gracilis.mesh', ['gracilis']),
  muscle('Sartorius', 'sartorius.mesh', ['sartorius']),
  muscle('RectusFemoris', 'rectus_femoris.mesh', ['rectus_femoris']),
  muscle('VastusLateralis', 'vastus_lateralis.mesh', ['vastus_lateralis']),
  muscle('VastusMedialis', 'vastus_medialis.mesh', ['vastus_medialis']),
  muscle('VastusIntermedius', 'vastus_intermedius.mesh', ['vastus_intermedius']),
];
