// The reader's refusals: each one Vietnamese sentence with a stable code.
import { VanThuError } from "../errors";
import { formatCount } from "../text/count";

export const notZip = (): VanThuError =>
  new VanThuError(
    "not-zip",
    "Tệp không phải là tài liệu .docx hợp lệ: không đọc được cấu trúc nén zip của tệp.",
  );

export const corruptPart = (part: string): VanThuError =>
  new VanThuError("not-zip", `Tệp .docx bị hỏng: không giải nén được phần ${part}.`);

export const checksumMismatch = (part: string): VanThuError =>
  new VanThuError(
    "not-zip",
    `Tệp .docx bị hỏng: phần ${part} không khớp mã kiểm tra CRC-32 ghi trong tệp nên không được đọc.`,
  );

export const invalidText = (part: string): VanThuError =>
  new VanThuError(
    "malformed-xml",
    `Phần ${part} của tệp bị hỏng: có chuỗi byte không phải chữ UTF-8 hợp lệ nên tệp không được đọc.`,
  );

export const doubledBom = (part: string): VanThuError =>
  new VanThuError(
    "malformed-xml",
    `Phần ${part} của tệp bị hỏng: dấu thứ tự byte (BOM) bị lặp ở đầu phần nên tệp không được đọc.`,
  );

export const notWordPackage = (kind: string): VanThuError =>
  new VanThuError(
    "missing-document",
    `Tệp này là ${kind} (chỉ mang đuôi .docx), không phải tài liệu Word, nên không kiểm tra được.`,
  );

export const encryptedDocx = (): VanThuError =>
  new VanThuError(
    "encrypted-or-doc",
    "Tệp .docx này được đặt mật khẩu: hãy mở trong Word, gỡ mật khẩu rồi lưu lại thành .docx để kiểm tra.",
  );

export const oldDoc = (): VanThuError =>
  new VanThuError(
    "encrypted-or-doc",
    "Đây là tệp Word cũ (.doc): hãy mở trong Word và lưu thành .docx để kiểm tra.",
  );

export const compoundFile = (): VanThuError =>
  new VanThuError(
    "encrypted-or-doc",
    "Tệp là tài liệu Office dạng cũ hoặc đã đặt mật khẩu: hãy mở trong Word và lưu thành .docx không mật khẩu.",
  );

export const partTooLarge = (part: string): VanThuError =>
  new VanThuError("too-large", `Phần ${part} của tệp vượt quá 100 MB khi giải nén nên không được đọc.`);

export const packageTooLarge = (): VanThuError =>
  new VanThuError("too-large", "Tệp .docx vượt quá 300 MB khi giải nén nên không được đọc.");

export const missingDocument = (): VanThuError =>
  new VanThuError(
    "missing-document",
    "Tệp không có phần nội dung chính (word/document.xml) nên không phải tài liệu Word.",
  );

export const malformedXml = (part: string): VanThuError =>
  new VanThuError("malformed-xml", `Phần ${part} của tệp bị hỏng: nội dung XML không hợp lệ.`);

export const doctypeRefused = (part: string): VanThuError =>
  new VanThuError(
    "doctype",
    `Phần ${part} của tệp chứa khai báo DOCTYPE, điều tài liệu Word không có, nên tệp không được đọc.`,
  );

export const unsupportedZip = (part: string): VanThuError =>
  new VanThuError(
    "unsupported",
    `Phần ${part} của tệp được nén hoặc mã hoá theo cách không hỗ trợ nên không đọc được.`,
  );

export const tooManyParagraphs = (part: string, limit: number): VanThuError =>
  new VanThuError(
    "too-large",
    `Phần ${part} của tệp có hơn ${formatCount(limit)} đoạn văn, vượt giới hạn Trợ lý đọc được: hãy tách văn bản thành nhiều tệp.`,
  );

export const paragraphTooLong = (part: string, limit: number): VanThuError =>
  new VanThuError(
    "too-large",
    `Phần ${part} của tệp có một đoạn văn dài hơn ${formatCount(limit)} ký tự, vượt giới hạn Trợ lý đọc được.`,
  );

export const nestedTooDeep = (part: string, limit: number): VanThuError =>
  new VanThuError(
    "too-large",
    `Phần ${part} của tệp lồng bảng, ô hoặc vùng nội dung sâu hơn ${formatCount(limit)} tầng, điều văn bản thật không có, nên tệp không được đọc.`,
  );
