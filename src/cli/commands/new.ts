// vanthu new <type> --config office.json -o out.docx [options]; vanthu new --list [--format json].
import { ATTACHED_KINDS, type AttachedKind } from "../../core/builders/attached-document";
import { DRAFT_TYPES, isDraftType, typeName, typeProfiles } from "../../core/builders/doc-types";
import { buildDraft, type DraftOptions } from "../../core/builders/document";
import { toDayMonthYear } from "../../core/builders/date-line";
import type { BasisData } from "../../core/builders/legal-basis";
import { drafterMark } from "../../core/builders/recipients";
import { VanThuError } from "../../core/errors";
import { idKey, inForce, isoDate, showDate } from "../../core/laws/laws";
import { writeDocx } from "../../core/ooxml/write";
import type { OrgProfile } from "../../core/org/types";
import type { ProfileId } from "../../core/rules/types";
import { writeOutput } from "../output-path";
import {
  type Args,
  checkProfile,
  dateOf,
  listOf,
  orgOf,
  parseArgs,
  refusal,
  SIGNATURE_OPTIONS,
  signatureOf,
} from "./draft-args";
import type { Command } from "../types";

const USAGE = `Cách dùng: vanthu new <loại> --config office.json -o out.docx [tùy chọn]
           vanthu new --list [--profile nd30|dang|mttq] [--format text|json]
Tạo văn bản mới đúng thể thức (Nghị định 30/2020/NĐ-CP; văn bản Đảng theo Hướng dẫn 36-HD/VPTW) từ hồ sơ cơ quan;
phần cần điền ghi trong […].
Tùy chọn:
  --date YYYY-MM-DD       ngày ban hành; --date "" để trống "ngày … tháng … năm …"; mặc định hôm nay
  --profile nd30|dang|mttq  thay hồ sơ của tệp cấu hình (phải hợp với cơ quan)
  --summary TEXT          trích yếu
  --to "A; B"             Kính gửi (công văn, tờ trình, báo cáo), người được mời (giấy mời), nơi nhận điện
  --sign none|TM|KT|TM+KT|Q|TL|TL+KT|TUQ   thể thức ký
  --collective TEXT  --head-title TEXT  --unit-head-title TEXT  --signer-title TEXT  --signer "Họ và tên"
  --secrecy MẬT|TỐI MẬT|TUYỆT MẬT   --urgency KHẨN|THƯỢNG KHẨN|HỎA TỐC   --scope "LƯU HÀNH NỘI BỘ"
  --drafter PL [--copies 300]       ký hiệu người soạn thảo, số lượng bản
  --contact                         in địa chỉ cơ quan cuối công văn (trường "contact" của hồ sơ)
  --annex "Tiêu đề"                 thêm trang Phụ lục sau văn bản (Mẫu 2.1)
  --attached quy-che|quy-dinh|none  quyết định ban hành (Mẫu 1.3): văn bản kèm theo trên trang riêng; mặc định quy-che
  --basis ID[,ID…]                  thêm dòng căn cứ (quyết định, nghị quyết) từ văn bản còn hiệu lực; số hiệu
                                    như vanthu laws in ra, ví dụ --basis 06/2022/QH15
Loại văn bản: vanthu new --list. Bản sao (sao y, sao lục, trích sao) không phải văn bản riêng nên không có trong
danh sách: phần bản sao đặt dưới văn bản gốc, bằng vanthu copy <văn bản gốc.docx>.`;

const VALUED = [
  "config",
  "output",
  "date",
  "profile",
  "summary",
  "to",
  ...SIGNATURE_OPTIONS,
  "secrecy",
  "urgency",
  "scope",
  "drafter",
  "copies",
  "format",
  "annex",
  "attached",
  "basis",
];
const FLAGS = ["list", "contact"];

function listTypes(o: Args): string {
  const profile = o.profile;
  const rows = DRAFT_TYPES.flatMap((id) =>
    typeProfiles(id)
      .filter((p) => !profile || p === profile)
      .map((p) => ({ id, name: typeName(id), profile: p })),
  );
  if (o.format === "json") return `${JSON.stringify(rows)}\n`;
  return rows.map((r) => `${r.id}\t${r.profile}\t${r.name}`).join("\n") + "\n";
}

function attachedOf(value: string): AttachedKind | null {
  if (value === "none") return null;
  if ((ATTACHED_KINDS as string[]).includes(value)) return value as AttachedKind;
  throw new VanThuError(
    "unsupported",
    `Văn bản kèm theo "${value}" không có; dùng ${[...ATTACHED_KINDS, "none"].join(", ")}.`,
  );
}

/**
 * The laws data (loaded here, on first use) and the căn cứ picked with --basis: each id must be a document the data
 * knows, in force on the document's date (today when the date is left blank).
 */
async function basisOf(o: Args, date: DraftOptions["date"]): Promise<BasisData> {
  const { laws } = await import("../../core/laws/dataset");
  const iso = isoDate(date ?? toDayMonthYear(new Date()));
  const ids = (o.basis ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const chosen = ids.map((id) => {
    const e = laws.byId.get(idKey(id));
    if (!e)
      throw new VanThuError("unsupported", `Không có văn bản "${id}" trong dữ liệu căn cứ; xem vanthu laws.`);
    if (!inForce(e, iso))
      throw new VanThuError(
        "unsupported",
        `Văn bản ${e.id} không có hiệu lực ngày ${showDate(iso)}; xem vanthu laws --date ${iso}.`,
      );
    return e;
  });
  return { laws, chosen };
}

function draftOptions(o: Args, org: OrgProfile, type: DraftOptions["type"]): DraftOptions {
  const date = dateOf(o);
  const copies = o.copies === undefined ? undefined : Number(o.copies);
  if (copies !== undefined && !(Number.isInteger(copies) && copies > 0))
    throw new VanThuError("unsupported", `Số lượng bản "${o.copies}" phải là số nguyên dương.`);
  if (copies !== undefined && !o.drafter)
    throw new VanThuError("unsupported", "--copies đi cùng --drafter (ký hiệu người soạn thảo).");
  return {
    type,
    org,
    date,
    profile: o.profile as ProfileId | undefined,
    summary: o.summary,
    signature: signatureOf(o, org),
    to: listOf(o.to),
    marks: { secrecy: o.secrecy, urgency: o.urgency, scope: o.scope },
    drafter: o.drafter ? drafterMark(o.drafter, copies) : undefined,
    contactFooter: o.contact === "yes",
    ...(o.annex !== undefined ? { annex: o.annex } : {}),
    ...(o.attached !== undefined ? { attached: attachedOf(o.attached) } : {}),
  };
}

export const newCommand: Command = {
  name: "new",
  usage: USAGE,
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    try {
      const o = parseArgs(args, VALUED, FLAGS, "new");
      checkProfile(o);
      if (o.format !== undefined && !["text", "json"].includes(o.format))
        throw new VanThuError("unsupported", `Định dạng "${o.format}" không có; dùng text hoặc json.`);
      if (o.list) {
        io.stdout(listTypes(o));
        return 0;
      }
      if (!isDraftType(o._))
        throw new VanThuError(
          "unsupported",
          o._
            ? `Loại văn bản "${o._}" không có; xem danh sách bằng vanthu new --list.`
            : "Thiếu loại văn bản; xem danh sách bằng vanthu new --list.",
        );
      const org = orgOf(o);
      const options = draftOptions(o, org, o._);
      const draft = buildDraft({ ...options, basis: await basisOf(o, options.date) });
      writeOutput(o.output, writeDocx(draft.spec), [o.config]);
      io.stderr(`Đã tạo ${o.output}.\n`);
      return 0;
    } catch (e) {
      return refusal(e, io);
    }
  },
};
