// Errors users see: one Vietnamese sentence, a stable code for programs.

export type VanThuErrorCode =
  | "not-zip"
  | "encrypted-or-doc"
  | "too-large"
  | "missing-document"
  | "malformed-xml"
  | "doctype"
  | "invalid-library"
  | "unsupported"
  | "io";

export class VanThuError extends Error {
  constructor(
    readonly code: VanThuErrorCode,
    /** One Vietnamese sentence. */
    message: string,
  ) {
    super(message);
    this.name = "VanThuError";
  }
}
