// vanthu new <type> --config office.json [--date YYYY-MM-DD] [--profile nd30|dang|mttq] -o out.docx
import { readFileSync } from "node:fs";
import { DRAFT_TYPES, isDraftType } from "../../core/builders/doc-types";
import { parseIsoDate, toDayMonthYear } from "../../core/builders/date-line";
import { buildDraft } from "../../core/builders/document";
import { VanThuError } from "../../core/errors";
import { writeDocx } from "../../core/ooxml/write";
import { parseOrgProfile } from "../../core/org/profile-json";
import type { ProfileId } from "../../core/rules/types";
import { writeOutput } from "../output-path";
import type { Command } from "../types";

const USAGE = `Cách dùng: vanthu new <loại> --config office.json [--date YYYY-MM-DD] [--profile nd30|dang|mttq] -o out.docx
Loại văn bản: ${DRAFT_TYPES.join(", ")}.
Tạo văn bản mới đúng thể thức Nghị định 30/2020/NĐ-CP từ hồ sơ cơ quan; phần cần điền ghi trong […].`;

function parseArgs(args: string[]): Record<string, string> & { _: string } {
  const out: Record<string, string> = { _: "" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const key = a === "-o" ? "output" : a.startsWith("--") ? a.slice(2) : null;
    if (key === null) {
      if (out._) throw new VanThuError("unsupported", `Thừa tham số "${a}".`);
      out._ = a;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith("-"))
      throw new VanThuError("unsupported", `Tùy chọn ${a} cần một giá trị.`);
    out[key] = value;
    i++;
  }
  return out as Record<string, string> & { _: string };
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
      if (!isDraftType(o._))
        throw new VanThuError(
          "unsupported",
          `Loại văn bản "${o._}" không có; chọn một trong: ${DRAFT_TYPES.join(", ")}.`,
        );
      if (!o.config)
        throw new VanThuError(
          "unsupported",
          "Thiếu --config (tệp hồ sơ cơ quan, ví dụ examples/office.json).",
        );
      if (!o.output) throw new VanThuError("unsupported", "Thiếu -o (tệp .docx sẽ ghi ra).");
      const date = o.date ? parseIsoDate(o.date) : toDayMonthYear(new Date());
      if (!date)
        throw new VanThuError("unsupported", `Ngày "${o.date}" không hợp lệ; viết theo dạng YYYY-MM-DD.`);
      if (o.profile && !["nd30", "dang", "mttq"].includes(o.profile))
        throw new VanThuError("unsupported", `Hồ sơ "${o.profile}" không có; dùng nd30, dang hoặc mttq.`);
      let configText: string;
      try {
        configText = readFileSync(o.config, "utf8");
      } catch {
        throw new VanThuError("io", `Không đọc được tệp cấu hình ${o.config}.`);
      }
      const org = parseOrgProfile(configText);
      const draft = buildDraft({ type: o._, org, date, profile: o.profile as ProfileId | undefined });
      if (draft.signatureProblem) io.stderr(`Cảnh báo: ${draft.signatureProblem}\n`);
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
