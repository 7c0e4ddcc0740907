// What this Word can do, checked at run time. The manifest asks for WordApi 1.3 (Office 2019 and later on
// Windows, Microsoft 365 builds including Office 2016 subscription ones, Word on the web, Mac and iPad); a Word
// below it gets one Vietnamese sentence pointing to the CLI instead of a pane that would misplace findings
// (docs/word-behaviour.md).
import type { HostCapabilities } from "../document-host";
import type { OfficeApi } from "./office-api";

// Availability from "Word JavaScript API requirement sets" (learn.microsoft.com): WordApi 1.4 needs Microsoft 365
// or retail Word version 2208, Mac/iPad 16.64, or the web; no volume-licensed Office (2021, 2024) has it.
// WordApiDesktop 1.3 is Windows version 2507 and Mac 16.99.2 only: not the web, the iPad or volume licences.
export const REQUIREMENT_REASONS = {
  minimum:
    "Phiên bản Word này chưa hỗ trợ WordApi 1.3 (có ở Word 2019 trở lên, Word của Microsoft 365 kể cả bản 2016 thuê bao, Word trên web, Mac và iPad) nên Trợ lý không chạy được ở đây. Anh/chị có thể kiểm tra và sửa tệp .docx bằng công cụ dòng lệnh: vanthu check <tệp.docx>.",
  comments:
    "Cần Word hỗ trợ WordApi 1.4 (Microsoft 365 hoặc Word bán lẻ phiên bản 2208 trở lên, Word trên web, Mac/iPad 16.64 trở lên; Office 2021/2024 bản quyền số lượng lớn không có) để ghi nhận xét.",
  trackChanges:
    "Cần Word hỗ trợ WordApi 1.4 (Microsoft 365 hoặc Word bán lẻ phiên bản 2208 trở lên, Word trên web, Mac/iPad 16.64 trở lên; Office 2021/2024 bản quyền số lượng lớn không có) để theo dõi thay đổi.",
  pageSetup: 'Word này không cho đọc khổ giấy và lề; các quy tắc về trang sẽ báo "không kiểm tra được".',
} as const;

export interface WordSupport {
  api13: boolean;
  api14: boolean;
  /** Word.PageSetup (WordApiDesktop 1.3). */
  pageSetupApi: boolean;
  /** getFileAsync(Compressed). */
  compressedFile: boolean;
}

export function detectSupport(office: OfficeApi): WordSupport {
  const is = (set: string, version?: string): boolean => {
    try {
      return office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return {
    api13: is("WordApi", "1.3"),
    api14: is("WordApi", "1.4"),
    pageSetupApi: is("WordApiDesktop", "1.3"),
    compressedFile: is("CompressedFile"),
  };
}

/** The Vietnamese sentence shown instead of the pane where Word is below the declared minimum, else null. */
export function belowMinimum(office: OfficeApi): string | null {
  return detectSupport(office).api13 ? null : REQUIREMENT_REASONS.minimum;
}

export function capabilitiesOf(support: WordSupport): HostCapabilities {
  const reasons: HostCapabilities["reasons"] = {};
  if (!support.api14) {
    reasons.comments = REQUIREMENT_REASONS.comments;
    reasons.trackChanges = REQUIREMENT_REASONS.trackChanges;
  }
  const pageSetup = support.pageSetupApi || support.compressedFile;
  if (!pageSetup) reasons.pageSetup = REQUIREMENT_REASONS.pageSetup;
  return {
    host: "word",
    comments: support.api14,
    trackChanges: support.api14,
    openNewDocument: true,
    select: true,
    pageSetup,
    reasons,
  };
}
