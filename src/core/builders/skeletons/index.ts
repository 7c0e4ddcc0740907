// The skeleton of each document type.
import type { DraftType } from "../doc-types";
import { baoCao } from "./bao-cao";
import { congVan } from "./cong-van";
import { giayMoi } from "./giay-moi";
import { keHoach } from "./ke-hoach";
import { quyetDinh } from "./quyet-dinh";
import { thongBao } from "./thong-bao";
import { toTrinh } from "./to-trinh";
import type { Skeleton, SkeletonInput } from "./types";

export const SKELETONS: Record<DraftType, (input: SkeletonInput) => Skeleton> = {
  "ke-hoach": keHoach,
  "bao-cao": baoCao,
  "cong-van": congVan,
  "quyet-dinh": quyetDinh,
  "to-trinh": toTrinh,
  "thong-bao": thongBao,
  "giay-moi": giayMoi,
};

export type { Skeleton, SkeletonInput } from "./types";
