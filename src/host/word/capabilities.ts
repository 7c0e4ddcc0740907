// What this Word can do, checked at run time (WordApi 1.1 is the declared minimum).
import type { HostCapabilities } from "../document-host";
import type { OfficeApi } from "./office-api";

export const REQUIREMENT_REASONS = {
  comments:
    "Cần Word hỗ trợ WordApi 1.4 (Word 2021 trở lên, Microsoft 365 hoặc Word trên web) để ghi nhận xét.",
  trackChanges:
    "Cần Word hỗ trợ WordApi 1.4 (Word 2021 trở lên, Microsoft 365 hoặc Word trên web) để theo dõi thay đổi.",
  openNewDocument: "Cần Word hỗ trợ WordApi 1.3 (Word 2019 trở lên hoặc Word trên web) để mở tài liệu mới.",
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

export function capabilitiesOf(support: WordSupport): HostCapabilities {
  const reasons: HostCapabilities["reasons"] = {};
  if (!support.api14) {
    reasons.comments = REQUIREMENT_REASONS.comments;
    reasons.trackChanges = REQUIREMENT_REASONS.trackChanges;
  }
  if (!support.api13) reasons.openNewDocument = REQUIREMENT_REASONS.openNewDocument;
  const pageSetup = support.pageSetupApi || support.compressedFile;
  if (!pageSetup) reasons.pageSetup = REQUIREMENT_REASONS.pageSetup;
  return {
    host: "word",
    comments: support.api14,
    trackChanges: support.api14,
    openNewDocument: support.api13,
    select: true,
    pageSetup,
    reasons,
  };
}
