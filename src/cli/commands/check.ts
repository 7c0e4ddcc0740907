// `vanthu check` and `vanthu fix`: the CLI contract of rule-catalogue.md.
import { existsSync, readFileSync, statSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { VanThuError } from "../../core/errors";
import { LIMITS } from "../../core/limits";
import { renderHtmlReport } from "../../core/report/html";
import {
  contractJsonChunks,
  exitCode,
  paragraphNumber,
  tally,
  type FileResult,
} from "../../core/report/results";
import { ruleDoc, ruleDocs } from "../../core/rules/docs";
import { readDocxInNode } from "../../host/docx";
import { checkAsync } from "../../core/rules/engine";
import type { ProfileId, Stage } from "../../core/rules/types";
import { refuseInputAsOutput, writeOutput } from "../output-path";
import { terminalSafe } from "../terminal-text";
import type { CliIO, Command } from "../types";
import { fixFile } from "./fix-file";

const PROFILES: ProfileId[] = ["nd30", "dang", "mttq"];
const FORMATS = ["text", "json", "html"] as const;
/** Larger files are refused before reading: the reader's own limits apply to what is inside. */
const MAX_FILE_BYTES = LIMITS.packageBytes;

const STAGES: Stage[] = ["draft", "final"];

const CHECK_USAGE = `Cách dùng: vanthu check TỆP.docx… [--profile nd30|dang|mttq] [--stage draft|final] [--format text|json|html] [-o|--output ĐƯỜNG_DẪN]

Kiểm tra thể thức văn bản theo Nghị định 30/2020/NĐ-CP và chính tả tiếng Việt.
  --profile   bộ quy tắc: nd30 (cơ quan nhà nước, mặc định), dang (văn bản Đảng), mttq (Mặt trận, đoàn thể)
  --stage     draft (dự thảo, mặc định: được để trống số, ngày, tháng, họ tên người ký) hoặc final (trước khi ban hành: không còn chỗ trống nào)
  --format    text (mặc định), json (một đối tượng trên stdout), html (báo cáo gửi được)
  -o, --output ghi kết quả vào tệp thay vì stdout (không được là một tệp đang kiểm tra)
Mã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 có tệp không đọc được.`;

const FIX_USAGE = `Cách dùng: vanthu fix TỆP.docx -o KẾT_QUẢ.docx [--rules id,id] [--profile nd30|dang|mttq] [--confirm]

Ghi một bản đã sửa (các sửa an toàn, hoặc các quy tắc được liệt kê); không bao giờ ghi đè tệp gốc.
  --confirm   vẫn sửa văn bản đã ký số, đang được bảo vệ hoặc đang theo dõi thay đổi (chữ ký số được gỡ vì
              không còn hiệu lực; khi văn bản đang theo dõi thay đổi, mỗi chỗ sửa được ghi thành thay đổi theo dõi)
Mã thoát (theo kết quả kiểm tra lại tệp đã ghi): 0 không còn lỗi; 1 còn lỗi; 2 không đọc hoặc không ghi được.`;

/** Read the file's bytes, or throw one Vietnamese sentence. */
export function readInput(path: string): Uint8Array {
  if (!existsSync(path)) throw new VanThuError("io", `Không tìm thấy tệp "${path}".`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new VanThuError("io", `"${path}" không phải là một tệp.`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new VanThuError("too-large", `Tệp "${path}" lớn hơn 300 MB, quá lớn để kiểm tra.`);
  }
  return new Uint8Array(readFileSync(path));
}

/** One Vietnamese sentence for any failure, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof VanThuError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Không đọc được tệp do lỗi không lường trước (${detail.split("\n")[0]}).`;
}

export async function checkFile(
  path: string,
  profile: ProfileId,
  stage: Stage = "draft",
): Promise<FileResult> {
  try {
    const model = readDocxInNode(readInput(path));
    return { file: path, profile, findings: await checkAsync(model, { profile, stage }) };
  } catch (error) {
    return { file: path, profile, findings: [], error: describeError(error) };
  }
}

const SEVERITY_TEXT = { error: "lỗi", warning: "cảnh báo", info: "gợi ý" } as const;

export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error !== undefined) {
      lines.push(`${r.file}  lỗi  không-đọc-được  ${r.error}`);
      continue;
    }
    for (const f of r.findings) {
      const where = f.paragraph === null ? "-" : String(paragraphNumber(f.paragraph));
      lines.push(`${r.file}:${where}  ${SEVERITY_TEXT[f.severity]}  ${f.rule}  ${f.message}`);
    }
  }
  const t = tally(results);
  const unreadable = t.unreadable ? `, ${t.unreadable} tệp không đọc được` : "";
  lines.push(
    `${t.error} lỗi, ${t.warning} cảnh báo, ${t.info} gợi ý trong ${results.length} tệp${unreadable}.`,
  );
  return lines.join("\n") + "\n";
}

type ParsedArgs<T extends ParseArgsConfig["options"]> = ReturnType<
  typeof parseArgs<{ options: T; allowPositionals: true }>
>;

/** Parse a command's arguments; `--help` prints the usage (exit 0), a parse error one sentence and the usage (2). */
function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  usage: string,
  io: CliIO,
): ParsedArgs<T> | number {
  let parsed: ParsedArgs<T>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split(".")[0] : String(error);
    io.stderr(`Tham số không hợp lệ (${detail}).\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage + "\n");
    return 0;
  }
  return parsed;
}

/** Run `action`; true when it failed, after printing its one sentence. */
function refused(action: () => void, io: CliIO): boolean {
  try {
    action();
    return false;
  } catch (error) {
    io.stderr(`${describeError(error)}\n`);
    return true;
  }
}

function parseProfile(value: string | undefined, io: CliIO): ProfileId | null {
  const profile = (value ?? "nd30") as ProfileId;
  if (PROFILES.includes(profile)) return profile;
  io.stderr(`Bộ quy tắc "${value}" không có; chọn nd30, dang hoặc mttq.\n`);
  return null;
}

export const checkCommand: Command = {
  name: "check",
  usage: CHECK_USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        profile: { type: "string" },
        stage: { type: "string", default: "draft" },
        format: { type: "string", default: "text" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
      CHECK_USAGE,
      io,
    );
    if (typeof parsed === "number") return parsed;
    const { values, positionals } = parsed;
    const profile = parseProfile(values.profile, io);
    const format = values.format as (typeof FORMATS)[number];
    if (!profile) return 2;
    const stage = values.stage as Stage;
    if (!STAGES.includes(stage)) {
      io.stderr(`Giai đoạn "${values.stage}" không có; chọn draft (dự thảo) hoặc final (ban hành).\n`);
      return 2;
    }
    if (!FORMATS.includes(format)) {
      io.stderr(`Định dạng "${values.format}" không có; chọn text, json hoặc html.\n`);
      return 2;
    }
    if (positionals.length === 0) {
      io.stderr(`Chưa có tệp nào để kiểm tra.\n${CHECK_USAGE}\n`);
      return 2;
    }
    if (values.output && refused(() => refuseInputAsOutput(values.output as string, positionals), io))
      return 2;
    const results: FileResult[] = [];
    for (const [i, file] of positionals.entries()) {
      if (positionals.length > 1) io.stderr(`[${i + 1}/${positionals.length}] ${file}\n`);
      results.push(await checkFile(file, profile, stage));
    }
    for (const r of results)
      if (r.error !== undefined) io.stderr(terminalSafe(`${r.file}: ${r.error}`) + "\n");
    const out: Iterable<string> =
      format === "json"
        ? contractJsonChunks(results)
        : format === "html"
          ? [renderHtmlReport(results, { rules: ruleDocs(), generatedAt: new Date() })]
          : [terminalSafe(formatText(results))];
    // Piece by piece: a large JSON report is never one string.
    if (!values.output) for (const chunk of out) io.stdout(chunk);
    else if (refused(() => writeOutput(values.output as string, out, positionals), io)) return 2;
    return exitCode(results);
  },
};

export const fixCommand: Command = {
  name: "fix",
  usage: FIX_USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        output: { type: "string", short: "o" },
        rules: { type: "string" },
        profile: { type: "string" },
        confirm: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      FIX_USAGE,
      io,
    );
    if (typeof parsed === "number") return parsed;
    const { values, positionals } = parsed;
    const profile = parseProfile(values.profile, io);
    if (!profile) return 2;
    if (positionals.length !== 1 || !values.output) {
      io.stderr(`Cần đúng một tệp vào và một tệp ra (-o).\n${FIX_USAGE}\n`);
      return 2;
    }
    const [input] = positionals;
    const rules = values.rules
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = rules?.filter((id) => !ruleDoc(id)) ?? [];
    if (unknown.length) {
      io.stderr(`Không có quy tắc: ${unknown.join(", ")}.\n`);
      return 2;
    }
    try {
      refuseInputAsOutput(values.output, positionals);
      const summary = await fixFile(input, values.output, { profile, rules, confirm: values.confirm });
      io.stderr(
        `Đã sửa ${summary.applied} chỗ; còn ${summary.remainingErrors} lỗi, ${summary.remainingWarnings} cảnh báo. ` +
          `Đã ghi ${values.output}.\n`,
      );
      return summary.remainingErrors > 0 ? 1 : 0;
    } catch (error) {
      io.stderr(`${input}: ${describeError(error)}\n`);
      return 2;
    }
  },
};
