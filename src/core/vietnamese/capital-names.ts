// Names whose capitalisation NĐ 30/2020 Phụ lục II fixes, written as the decree writes them: agencies and
// organisations (mục IV.1), offices and titles (V.3), documents (V.6), holidays and historical events (V.5, V.8,
// V.9). The checker compares only the capital letters of the words a text writes for one of these names.

/** Fields of ministries and provincial departments (Bộ …, Sở …), as their official names write them. */
// prettier-ignore
const FIELDS = [
  "Tài chính", "Nội vụ", "Tư pháp", "Ngoại giao", "Y tế", "Xây dựng", "Công Thương", "Giáo dục và Đào tạo",
  "Khoa học và Công nghệ", "Văn hóa, Thể thao và Du lịch", "Nông nghiệp và Môi trường",
  "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường", "Kế hoạch và Đầu tư",
  "Lao động - Thương binh và Xã hội", "Giao thông vận tải", "Thông tin và Truyền thông", "Dân tộc và Tôn giáo",
  "Ngoại vụ",
];

// prettier-ignore
const AGENCIES = [
  ...FIELDS.map((f) => `Bộ ${f}`), ...FIELDS.map((f) => `Sở ${f}`),
  "Bộ Quốc phòng", "Bộ Công an", "Văn phòng Chính phủ", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",
  "Văn phòng Trung ương Đảng", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam", "Kho bạc Nhà nước",
  "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Thường vụ Quốc hội", "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "Mặt trận Tổ quốc Việt Nam", "Ban Chấp hành Trung ương", "Ban Thường vụ", "Ban Chỉ đạo",
  "Ban Tuyên giáo", "Ban Dân vận", "Ủy ban Kiểm tra", "Tòa án nhân dân", "Viện kiểm sát nhân dân",
  "Công an nhân dân", "Quân đội nhân dân Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Cựu chiến binh Việt Nam", "Hội Nông dân Việt Nam",
  "Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động", "Bảo hiểm xã hội Việt Nam",
  "Hội đồng Thi đua - Khen thưởng", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Đảng ủy", "Tỉnh đoàn", "Huyện đoàn",
  "Liên hợp quốc", "Tổ chức Y tế thế giới", "Chính phủ", "Quốc hội",
];

// prettier-ignore
const TITLES = [
  "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ", "Chủ tịch Quốc hội",
  "Phó Chủ tịch Quốc hội", "Tổng Bí thư", "Chủ tịch", "Phó Chủ tịch", "Bộ trưởng", "Thứ trưởng", "Giám đốc",
  "Phó Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng phòng", "Phó Trưởng phòng", "Bí thư",
  "Phó Bí thư",
];

// prettier-ignore
const DOCUMENTS = [
  "Hiến pháp", "Bộ luật Hình sự", "Bộ luật Dân sự", "Bộ luật Lao động", "Bộ luật Tố tụng hình sự",
  "Bộ luật Tố tụng dân sự", "Luật Tổ chức chính quyền địa phương", "Luật Tổ chức Chính phủ", "Luật Tổ chức Quốc hội",
  "Luật Ban hành văn bản quy phạm pháp luật", "Luật Cán bộ, công chức", "Luật Viên chức", "Luật Thi đua, khen thưởng",
  "Luật Đất đai", "Luật Ngân sách nhà nước", "Luật Đầu tư công", "Luật Đầu tư", "Luật Doanh nghiệp", "Luật Xây dựng",
  "Luật Nhà ở", "Luật Bảo vệ môi trường", "Luật Giáo dục", "Luật Phòng, chống tham nhũng", "Luật Khiếu nại",
  "Luật Tố cáo", "Luật Tiếp cận thông tin", "Luật Xử lý vi phạm hành chính", "Luật Lưu trữ", "Luật Kế toán",
  "Luật Thống kê", "Luật Quản lý thuế", "Luật Bảo hiểm xã hội", "Luật Bảo hiểm y tế", "Luật Hôn nhân và gia đình",
  "Luật Giao thông đường bộ", "Luật Thanh tra", "Luật An ninh mạng", "Luật Giao dịch điện tử", "Luật Quy hoạch",
  "Luật Đấu thầu", "Luật Quản lý, sử dụng tài sản công", "Luật Thực hành tiết kiệm, chống lãng phí",
  "Luật Dân quân tự vệ", "Luật Nghĩa vụ quân sự", "Luật Quốc phòng", "Luật Công an nhân dân", "Luật Thanh niên",
  "Luật Trẻ em", "Luật Người cao tuổi", "Luật Bình đẳng giới", "Luật Di sản văn hóa", "Luật Du lịch", "Luật Báo chí",
  "Luật Phổ biến, giáo dục pháp luật", "Luật Hòa giải ở cơ sở", "Luật Hộ tịch", "Luật Cư trú", "Luật Căn cước",
  "Luật Thủ đô", "Luật Mặt trận Tổ quốc Việt Nam", "Luật Công đoàn",
];

// prettier-ignore
const OCCASIONS = [
  "tết Nguyên đán", "tết Trung thu", "tết Đoan ngọ", "Quốc khánh", "Quốc tế Lao động", "Quốc tế Phụ nữ",
  "Phụ nữ Việt Nam", "Nhà giáo Việt Nam", "Thầy thuốc Việt Nam", "Thương binh - Liệt sĩ", "Giải phóng miền Nam",
  "Cách mạng tháng Tám", "Tổng tuyển cử đầu tiên", "Quốc tế Thiếu nhi", "Giỗ Tổ Hùng Vương",
];

export interface CapitalName {
  /** The name as Phụ lục II writes it. */
  name: string;
  kind: "agency" | "title" | "document" | "occasion";
}

const entry =
  (kind: CapitalName["kind"]) =>
  (name: string): CapitalName => ({ name, kind });

export const CAPITAL_NAMES: CapitalName[] = [
  ...AGENCIES.map(entry("agency")),
  ...TITLES.map(entry("title")),
  ...DOCUMENTS.map(entry("document")),
  ...OCCASIONS.map(entry("occasion")),
];

/** Words for administrative units (Phụ lục II mục III.1a): written in lower case before the unit's name. */
export const UNIT_WORDS = ["tỉnh", "huyện", "quận", "thị xã", "thị trấn", "thành phố", "xã", "phường"];

/** Special capitals (mục III.1c): these two are written with a capital even before the name. */
export const SPECIAL_UNITS = ["Thủ đô Hà Nội", "Thành phố Hồ Chí Minh"];

/**
 * Surnames that open a person's name: a unit named after a person or an event keeps its capital (mục III.1b:
 * "Phường Điện Biên Phủ"), so a unit followed by one of these is left alone.
 */
// prettier-ignore
export const PERSON_OR_EVENT_STARTS = new Set([
  "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
  "lý", "quang", "điện", "hai", "bà", "hùng", "đinh", "mai", "trương", "lương",
]);

/** Parts of a document cited in the text (mục V.7): these take a capital, khoản and điểm do not. */
export const CAPITAL_PARTS = ["điều", "chương"];
export const LOWER_PARTS = ["khoản", "điểm"];

/** Names of months written in words (mục V.8c). */
export const MONTH_NAMES = ["giêng", "chạp"];

/** Days of the week written in words (mục V.8c: thứ Hai… Chủ nhật). */
export const WEEKDAYS = ["hai", "ba", "tư", "năm", "sáu", "bảy"];
