// Options `vanthu new` and `vanthu copy` share: argument parsing that refuses what it does not know, the profile,
// the date, the organisation config and the signature form, each refused in one Vietnamese sentence.
import { readFileSync } from "node:fs";
import { type DayMonthYear, parseIsoDate, toDayMonthYear } from "../../core/builders/date-line";
import { type AuthorityMark, signatureFromOrg, type SignatureSpec } from "../../core/builders/signature";
import { VanThuError } from "../../core/errors";
import { parseOrgProfile } from "../../core/org/profile-json";
import type { OrgProfile } from "../../core/org/types";
import type { CliIO } from "../types";

export const FORMS: Record<string, AuthorityMark[]> = {
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

/** The options that set the signature (signatureOf), shared by vanthu new and vanthu copy. */
export const SIGNATURE_OPTIONS = [
  "sign",
  "collective",
  "head-title",
  "unit-head-title",
  "signer-title",
  "signer",
];

export type Args = Record<string, string> & { _: string };

/** `--name value` for the valued options, `--name` for the flags, one positional; anything else is refused. */
export function parseArgs(
  args: string[],
  valued: readonly string[],
  flags: readonly string[],
  command: string,
): Args {
  const out: Record<string, string> = { _: "" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const key = a === "-o" ? "output" : a.startsWith("--") ? a.slice(2) : null;
    if (key === null) {
      if (out._) throw new VanThuError("unsupported", `Thừa tham số "${a}".`);
      out._ = a;
      continue;
    }
    if (flags.includes(key)) {
      out[key] = "yes";
      continue;
    }
    if (!valued.includes(key))
      throw new VanThuError("unsupported", `Không có tùy chọn ${a}; xem vanthu ${command} --help.`);
    const value = args[i + 1];
    if (value === undefined || (value.startsWith("-") && value !== "-"))
      throw new VanThuError("unsupported", `Tùy chọn ${a} cần một giá trị.`);
    out[key] = key === "to" && out.to ? `${out.to};${value}` : value.normalize("NFC");
    i++;
  }
  return out as Args;
}

export function checkProfile(o: Args): void {
  if (o.profile !== undefined && !PROFILES.includes(o.profile))
    throw new VanThuError("unsupported", `Hồ sơ "${o.profile}" không có; dùng nd30, dang hoặc mttq.`);
}

/** --date: today when absent, blank ("ngày … tháng … năm …") when "", else YYYY-MM-DD. */
export function dateOf(o: Args): DayMonthYear | null {
  const date =
    o.date === undefined ? toDayMonthYear(new Date()) : o.date.trim() ? parseIsoDate(o.date) : null;
  if (o.date?.trim() && !date)
    throw new VanThuError("unsupported", `Ngày "${o.date}" không hợp lệ; viết theo dạng YYYY-MM-DD.`);
  return date;
}

/** The organisation of --config, after checking the signature form and that -o is given. */
export function orgOf(o: Args): OrgProfile {
  if (o.sign !== undefined && !(o.sign in FORMS))
    throw new VanThuError(
      "unsupported",
      `Thể thức ký "${o.sign}" không có; dùng ${Object.keys(FORMS).join(", ")}.`,
    );
  if (!o.config)
    throw new VanThuError("unsupported", "Thiếu --config (tệp hồ sơ cơ quan, ví dụ examples/office.json).");
  if (!o.output) throw new VanThuError("unsupported", "Thiếu -o (tệp .docx sẽ ghi ra).");
  let configText: string;
  try {
    configText = readFileSync(o.config, "utf8");
  } catch {
    throw new VanThuError("io", `Không đọc được tệp cấu hình ${o.config}.`);
  }
  return parseOrgProfile(configText);
}

/** A refusal (VanThuError) is its one sentence on stderr and exit code 2; anything else goes up to main. */
export function refusal(e: unknown, io: CliIO): number {
  if (!(e instanceof VanThuError)) throw e;
  io.stderr(`${e.message}\n`);
  return 2;
}

/** "A; B" → ["A", "B"]. */
export const listOf = (text: string | undefined): string[] =>
  (text ?? "")
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The signature the options ask for, over the organisation's. When the form no longer has the organisation's
 * signer in it (a deputy's name under the head's own title), the name is left blank: never sign for someone else.
 */
export function signatureOf(o: Args, org: OrgProfile): SignatureSpec {
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
