// The skeleton of each document type.
import type { DraftType } from "../doc-types";
import { baoCao } from "./bao-cao";
import { bienBan } from "./bien-ban";
import { chiThi } from "./chi-thi";
import { chuongTrinh } from "./chuong-trinh";
import { congDien } from "./cong-dien";
import { congVan } from "./cong-van";
import { deAn, duAn, phuongAn } from "./de-an";
import { giayGioiThieu } from "./giay-gioi-thieu";
import { giayMoi } from "./giay-moi";
import { giayNghiPhep } from "./giay-nghi-phep";
import { giayUyQuyen } from "./giay-uy-quyen";
import { banGhiNho, banThoaThuan, hopDong } from "./hop-dong";
import { huongDan, thongTri } from "./huong-dan";
import { keHoach } from "./ke-hoach";
import { ketLuan } from "./ket-luan";
import { nghiQuyet } from "./nghi-quyet";
import { phieuBao, phieuChuyen, phieuGui } from "./phieu";
import { quyChe, quyDinh } from "./quy-che";
import { quyetDinh, quyetDinhBanHanh } from "./quyet-dinh";
import { thongBao } from "./thong-bao";
import { thongCao } from "./thong-cao";
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
  "quyet-dinh-ban-hanh": quyetDinhBanHanh,
  "nghi-quyet": nghiQuyet,
  "chi-thi": chiThi,
  "ket-luan": ketLuan,
  "quy-che": quyChe,
  "quy-dinh": quyDinh,
  "huong-dan": huongDan,
  "thong-tri": thongTri,
  "chuong-trinh": chuongTrinh,
  "phuong-an": phuongAn,
  "de-an": deAn,
  "du-an": duAn,
  "thong-cao": thongCao,
  "bien-ban": bienBan,
  "cong-dien": congDien,
  "giay-gioi-thieu": giayGioiThieu,
  "giay-uy-quyen": giayUyQuyen,
  "giay-nghi-phep": giayNghiPhep,
  "phieu-gui": phieuGui,
  "phieu-chuyen": phieuChuyen,
  "phieu-bao": phieuBao,
  "hop-dong": hopDong,
  "ban-ghi-nho": banGhiNho,
  "ban-thoa-thuan": banThoaThuan,
};

export type { Skeleton, SkeletonInput } from "./types";
