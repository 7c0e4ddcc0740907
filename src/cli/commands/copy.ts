// vanthu copy <original.docx> --kind sao-y|sao-luc|trich-sao [--paragraphs a-b] --config office.json -o out.docx:
// the original with the bản sao block under its last part (NĐ 30/2020, Phụ lục III, Mẫu 3.1).
import { COPY_KINDS, isCopyKind } from "../../core/builders/copy-block";
import { copyDocument, parseParagraphRange } from "../../core/builders/copy-document";
import { VanThuError } from "../../core/errors";
import type { ProfileId } from "../../core/rules/types";
import { writeOutput } from "../output-path";
import type { Command } from "../types";
import { readInput } from "./check";
import {
  checkProfile,
  dateOf,
  listOf,
  orgOf,
  parseArgs,
  refusal,
  SIGNATURE_OPTIONS,
  signatureOf,
} from "./draft-args";

const USAGE = `Cách dùng: vanthu copy <văn bản gốc.docx> --kind sao-y|sao-luc|trich-sao --config office.json -o out.docx [tùy chọn]
Thêm phần bản sao (Mẫu 3.1, Phụ lục III Nghị định 30/2020/NĐ-CP) dưới văn bản gốc, sau một đường kẻ hết chiều
ngang: tên cơ quan sao, "SAO Y" / "SAO LỤC" / "TRÍCH SAO", số và ký hiệu bản sao (…/SY-, …/SL-, …/TrS-), địa danh
và ngày sao, Nơi nhận, chữ ký của người có thẩm quyền. Tệp gốc không bị thay đổi.
Tùy chọn:
  --kind sao-y|sao-luc|trich-sao   hình thức sao (bắt buộc)
  --paragraphs TỪ-ĐẾN              trích sao: các đoạn nội dung được trích (số đoạn như vanthu check ghi);
                                   phần thể thức của văn bản gốc được giữ nguyên
  --date YYYY-MM-DD                ngày sao; --date "" để trống; mặc định hôm nay
  --number SỐ                      số bản sao; mặc định để trống cho văn thư ghi
  --to "A; B"                      nơi nhận bản sao
  --profile nd30|mttq              thay hồ sơ của tệp cấu hình
  --sign none|TM|KT|TM+KT|Q|TL|TL+KT|TUQ  --signer-title TEXT  --signer "Họ và tên"   người ký bản sao`;

const VALUED = [
  "config",
  "output",
  "kind",
  "paragraphs",
  "date",
  "number",
  "to",
  "profile",
  ...SIGNATURE_OPTIONS,
];

export const copyCommand: Command = {
  name: "copy",
  usage: USAGE,
  async run(args, io) {
    try {
      const o = parseArgs(args, VALUED, [], "copy");
      checkProfile(o);
      if (!o._) throw new VanThuError("unsupported", "Thiếu tệp văn bản gốc (.docx) cần sao.");
      if (!o.kind || !isCopyKind(o.kind))
        throw new VanThuError(
          "unsupported",
          `${o.kind ? `Hình thức sao "${o.kind}" không có` : "Thiếu --kind"}; dùng ${Object.keys(COPY_KINDS).join(", ")}.`,
        );
      const paragraphs = o.paragraphs === undefined ? undefined : parseParagraphRange(o.paragraphs);
      if (paragraphs === null)
        throw new VanThuError(
          "unsupported",
          `Phạm vi đoạn "${o.paragraphs}" không hợp lệ; viết dạng 12-20 (từ đoạn 12 đến đoạn 20).`,
        );
      if (o.number !== undefined && !/^\d{1,6}$/.test(o.number.trim()))
        throw new VanThuError("unsupported", `Số bản sao "${o.number}" phải là số (ví dụ 05).`);
      const org = orgOf(o);
      const original = readInput(o._);
      const bytes = copyDocument(original, {
        kind: o.kind,
        org,
        date: dateOf(o),
        profile: o.profile as ProfileId | undefined,
        number: o.number,
        to: listOf(o.to),
        signature: signatureOf(o, org),
        ...(paragraphs ? { paragraphs } : {}),
      });
      writeOutput(o.output, bytes, [o._, o.config]);
      io.stderr(`Đã tạo ${o.output} (${COPY_KINDS[o.kind].name.toLocaleLowerCase("vi")}).\n`);
      return 0;
    } catch (e) {
      return refusal(e, io);
    }
  },
};
