// Document types by id (slugs of the NĐ 30/2020 type names) with their names as in Phụ lục III: the one list that
// drafting, clause libraries and the task pane labels are keyed by.

export const DOCUMENT_TYPE_NAMES = {
  "ke-hoach": "Kế hoạch",
  "bao-cao": "Báo cáo",
  "cong-van": "Công văn",
  "quyet-dinh": "Quyết định",
  "to-trinh": "Tờ trình",
  "thong-bao": "Thông báo",
  "giay-moi": "Giấy mời",
  "chuong-trinh": "Chương trình",
  "huong-dan": "Hướng dẫn",
  "chi-thi": "Chỉ thị",
  "nghi-quyet": "Nghị quyết",
  "quy-che": "Quy chế",
  "quy-dinh": "Quy định",
  "phuong-an": "Phương án",
  "de-an": "Đề án",
  "bien-ban": "Biên bản",
  "thong-cao": "Thông cáo",
  "du-an": "Dự án",
  "hop-dong": "Hợp đồng",
  "cong-dien": "Công điện",
  "giay-uy-quyen": "Giấy ủy quyền",
  "giay-gioi-thieu": "Giấy giới thiệu",
  "giay-nghi-phep": "Giấy nghỉ phép",
  "phieu-gui": "Phiếu gửi",
  "phieu-chuyen": "Phiếu chuyển",
  "phieu-bao": "Phiếu báo",
  "ban-ghi-nho": "Bản ghi nhớ",
  "ban-thoa-thuan": "Bản thỏa thuận",
  "ket-luan": "Kết luận",
  "thong-tri": "Thông tri",
} as const;

export type DocumentType = keyof typeof DOCUMENT_TYPE_NAMES;

/** All ids, in the order above (the most used first). */
export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_NAMES) as readonly DocumentType[];
