// vanthu new <type> --config office.json -o out.docx [options]; vanthu new --list [--format json].
import { readFileSync } from "node:fs";
import { parseIsoDate, toDayMonthYear } from "../../core/builders/date-line";
import { DRAFT_TYPES, isDraftType, typeName, typeProfiles } from "../../core/builders/doc-types";
import { buildDraft, type DraftOptions } from "../../core/builders/document";
import { drafterMark } from "../../core/builders/recipients";
import { type AuthorityMark, signatureFromOrg, type SignatureSpec } from "../../core/builders/signature";
import type { BasisData } from "../../core/builders/legal-basis";
import { VanThuError } from "../../core/errors";
import { idKey, inForce, isoDate, showDate } from "../../core/laws/laws";
import { writeDocx } from "../../core/ooxml/write";
import { parseOrgProfile } from "../../core/org/profile-json";
import type { OrgProfile } from "../../core/org/types";
import type { ProfileId } from "../../core/rules/types";
import { writeOutput } from "../output-path";
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
  --basis ID[,ID…]                  thêm dòng căn cứ (quyết định, nghị quyết) từ văn bản còn hiệu lực; số hiệu
                                    như vanthu laws in ra, ví dụ --basis 06/2022/QH15
Loại văn bản: vanthu new --list.`;

const VALUED = [
  "config",
  "output",
  "date",
  "profile",
  "summary",
  "to",
  "sign",
  "collective",
  "head-title",
  "unit-head-title",
  "signer-title",
  "signer",
  "secrecy",
  "urgency",
  "scope",
  "drafter",
  "copies",
  "format",
  "annex",
  "basis",
];
const FLAGS = ["list", "contact"];
const FORMS: Record<string, AuthorityMark[]> = {
  none: [],
  TM: ["TM"],
  KT: ["KT"],
  "TM+KT": ["TM", "KT"],
  Q: ["Q"],
  TL: ["TL"],
  "TL+KT": ["TL", "KT"],
  TUQ: ["TUQ"],
};
const PROFILES = ["nd30", "dang", "mttq"];

type Args = Record<string, string> & { _: string };

function parseArgs(args: string[]): Args {
  const out: Record<string, string> = { _: "" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const key = a === "-o" ? "output" : a.startsWith("--") ? a.slice(2) : null;
    if (key === null) {
      if (out._) throw new VanThuError("unsupported", `Thừa tham số "${a}".`);
      out._ = a;
      continue;
    }
    if (FLAGS.includes(key)) {
      out[key] = "yes";
      continue;
    }
    if (!VALUED.includes(key))
      throw new VanThuError("unsupported", `Không có tùy chọn ${a}; xem vanthu new --help.`);
    const value = args[i + 1];
    if (value === undefined || (value.startsWith("-") && value !== "-"))
      throw new VanThuError("unsupported", `Tùy chọn ${a} cần một giá trị.`);
    out[key] = key === "to" && out.to ? `${out.to};${value}` : value.normalize("NFC");
    i++;
  }
  return out as Args;
}

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

/**
 * The signature the options ask for, over the organisation's. When the form no longer has the organisation's
 * signer in it (a deputy's name under the head's own title), the name is left blank: never sign for someone else.
 */
function signatureOf(o: Args, org: OrgProfile): SignatureSpec {
  const base = signatureFromOrg(org);
  const marks = o.sign === undefined ? base.marks : FORMS[o.sign];
  const sameRole = o.sign === undefined || marks.join("+") === base.marks.join("+");
  return {
    marks,
    collective: o.collective ?? base.collective,
    headTitle: o["head-title"] ?? base.headTitle,
    ...(o["unit-head-title"] !== undefined ? { unitHeadTitle: o["unit-head-title"] } : {}),
    signerTitle: o["signer-title"] ?? (sameRole ? base.signerTitle : undefined),
    name: o.signer ?? (sameRole ? base.name : ""),
  };
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
  const date =
    o.date === undefined ? toDayMonthYear(new Date()) : o.date.trim() ? parseIsoDate(o.date) : null;
  if (o.date?.trim() && !date)
    throw new VanThuError("unsupported", `Ngày "${o.date}" không hợp lệ; viết theo dạng YYYY-MM-DD.`);
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
    to: o.to
      ? o.to
          .split(";")
          .map((t) => t.trim())
          .filter(Boolean)
      : [],
    marks: { secrecy: o.secrecy, urgency: o.urgency, scope: o.scope },
    drafter: o.drafter ? drafterMark(o.drafter, copies) : undefined,
    contactFooter: o.contact === "yes",
    ...(o.annex !== undefined ? { annex: o.annex } : {}),
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
      const o = parseArgs(args);
      if (o.profile !== undefined && !PROFILES.includes(o.profile))
        throw new VanThuError("unsupported", `Hồ sơ "${o.profile}" không có; dùng nd30, dang hoặc mttq.`);
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
      if (o.sign !== undefined && !(o.sign in FORMS))
        throw new VanThuError(
          "unsupported",
          `Thể thức ký "${o.sign}" không có; dùng ${Object.keys(FORMS).join(", ")}.`,
        );
      if (!o.config)
        throw new VanThuError(
          "unsupported",
          "Thiếu --config (tệp hồ sơ cơ quan, ví dụ examples/office.json).",
        );
      if (!o.output) throw new VanThuError("unsupported", "Thiếu -o (tệp .docx sẽ ghi ra).");
      let configText: string;
      try {
        configText = readFileSync(o.config, "utf8");
      } catch {
        throw new VanThuError("io", `Không đọc được tệp cấu hình ${o.config}.`);
      }
      const org = parseOrgProfile(configText);
      const options = draftOptions(o, org, o._);
      const draft = buildDraft({ ...options, basis: await basisOf(o, options.date) });
      writeOutput(o.output, writeDocx(draft.spec), [o.config]);
      io.stderr(`Đã tạo ${o.output}.\n`);
      return 0;
    } catch (e) {
      if (e instanceof VanThuError) {
        io.stderr(`${e.message}\n`);
        return 2;
      }
      throw e;
    }
  },
};
