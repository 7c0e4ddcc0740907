// A self-contained HTML report a reviewer can open, print on A4 and send to the drafter: no script, no external
// resource. Per file: name, date, profile, a summary table, then the findings grouped by rule (errors first, then
// in document order), each with its paragraph number as people count it, its excerpt and its legal basis.
import { builtinProfiles, isProfileId } from "../profiles";
import type { RuleDoc } from "../rules/docs";
import type { Finding, Severity } from "../rules/types";
import { bySeverityThenPosition, paragraphNumber, tally, type FileResult } from "./results";

export interface HtmlReportOptions {
  /** The rules' titles and legal basis. */
  rules: RuleDoc[];
  /** Where rule pages live, e.g. "https://…/docs/rules/" (a finding links to `${docsBase}${id}.md`); none when omitted. */
  docsBase?: string;
  /** When the report was made (shown as dd/mm/yyyy hh:mm, local time). */
  generatedAt: Date;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Gợi ý" };

function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const two = (n: number) => String(n).padStart(2, "0");

export function formatReportDate(d: Date): string {
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The profile's Vietnamese name ("Cơ quan nhà nước (NĐ 30/2020)"), or the id for a profile the core lacks. */
export function profileName(id: string): string {
  return isProfileId(id) ? builtinProfiles[id].name : id;
}

const STYLE = `@page{size:A4;margin:20mm 15mm 20mm 20mm}
body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem auto;color:#1b1b1b;max-width:60rem;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #444}
h3{font-size:1.05rem;margin:1.4rem 0 .3rem}
.meta th{width:9rem;background:none;border:none;padding:.1rem .5rem .1rem 0}.meta td{border:none;padding:.1rem 0}
.error{color:#a4262c}.warning{color:#7a4a00}.info{color:#005a9e}
table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border:1px solid #bbb;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}
.excerpt{font-family:Consolas,"Courier New",monospace;white-space:pre-wrap;color:#444}
.basis{color:#444;font-size:.9rem;margin:.1rem 0}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-before:page}h2:first-of-type{break-before:auto}
h3{break-after:avoid}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}`;

interface Group {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

/** Findings by rule; the groups by their worst severity, then where they first occur (linear in the findings). */
function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of [...findings].sort(bySeverityThenPosition)) {
    const group = groups.get(f.rule);
    if (group) group.findings.push(f);
    else groups.set(f.rule, { rule: f.rule, severity: f.severity, findings: [f] });
  }
  return [...groups.values()];
}

/** Appends one file's part of the report to `parts` (no spreading: a long document has 100,000+ pieces). */
function renderFile(
  parts: string[],
  r: FileResult,
  meta: Map<string, RuleDoc>,
  docsBase: string | undefined,
): void {
  parts.push(`<section><h2>${esc(r.file)}</h2>`);
  if (r.error !== undefined) {
    parts.push(`<p class="error">Không đọc được tệp: ${esc(r.error)}</p></section>`);
    return;
  }
  const t = tally([r]);
  parts.push(
    `<table class="meta"><tr><th scope="row">Bộ quy tắc</th><td>${esc(profileName(r.profile))}</td></tr>`,
    `<tr><th scope="row">Kết quả</th><td><span class="error">${t.error} lỗi</span> · `,
    `<span class="warning">${t.warning} cảnh báo</span> · <span class="info">${t.info} gợi ý</span></td></tr></table>`,
  );
  if (r.findings.length === 0) {
    parts.push(`<p>Không thấy lỗi thể thức nào theo bộ quy tắc đã chọn.</p></section>`);
    return;
  }
  const groups = groupFindings(r.findings);
  parts.push(
    `<table><caption class="basis">Tóm tắt theo quy tắc</caption>`,
    `<tr><th scope="col">Quy tắc</th><th scope="col">Mức</th><th scope="col">Số chỗ</th></tr>`,
  );
  for (const g of groups)
    parts.push(
      `<tr><td><a href="#${esc(idFor(r.file, g.rule))}">${esc(meta.get(g.rule)?.title ?? g.rule)}</a></td>`,
      `<td class="${g.severity}">${SEVERITY_LABEL[g.severity]}</td><td class="n">${g.findings.length}</td></tr>`,
    );
  parts.push(`</table>`);
  for (const g of groups) {
    const m = meta.get(g.rule);
    const link = docsBase ? ` <a href="${esc(docsBase + g.rule)}.md">(hướng dẫn)</a>` : "";
    parts.push(
      `<h3 id="${esc(idFor(r.file, g.rule))}">${esc(m?.title ?? g.rule)} — ${g.findings.length} chỗ${link}</h3>`,
    );
    if (m) parts.push(`<p class="basis">Căn cứ: ${esc(m.basis)}</p>`);
    parts.push(
      `<table><tr><th scope="col">Đoạn</th><th scope="col">Mức</th><th scope="col">Nội dung</th>`,
      `<th scope="col">Trích đoạn</th></tr>`,
    );
    for (const f of g.findings) {
      const where = f.paragraph === null ? "—" : String(paragraphNumber(f.paragraph));
      parts.push(
        `<tr><td class="n">${where}</td><td class="${f.severity}">${SEVERITY_LABEL[f.severity]}</td>`,
        `<td>${esc(f.message)}</td><td class="excerpt">${esc(f.excerpt)}</td></tr>`,
      );
    }
    parts.push(`</table>`);
  }
  parts.push(`</section>`);
}

const idFor = (file: string, rule: string) => `${file.replace(/[^\w-]+/g, "_")}--${rule}`;

export function renderHtmlReport(results: FileResult[], options: HtmlReportOptions): string {
  const meta = new Map(options.rules.map((r) => [r.id, r]));
  const t = tally(results);
  const only = results.length === 1 ? results[0] : null;
  const parts: string[] = [
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">`,
    `<title>Báo cáo kiểm tra thể thức${only ? ` — ${esc(only.file)}` : ""}</title>`,
    `<style>${STYLE}</style></head><body><header><h1>Báo cáo kiểm tra thể thức văn bản</h1>`,
    `<table class="meta">`,
    only ? `<tr><th scope="row">Tệp</th><td>${esc(only.file)}</td></tr>` : "",
    `<tr><th scope="row">Ngày lập</th><td>${formatReportDate(options.generatedAt)}</td></tr>`,
    `<tr><th scope="row">Căn cứ chung</th><td>Nghị định 30/2020/NĐ-CP về công tác văn thư</td></tr>`,
    `</table>`,
  ];
  if (!only) {
    parts.push(
      `<table><caption class="basis">Tóm tắt: ${results.length} tệp, <span class="error">${t.error} lỗi</span>,`,
      ` <span class="warning">${t.warning} cảnh báo</span>, <span class="info">${t.info} gợi ý</span></caption>`,
      `<tr><th scope="col">Tệp</th>`,
      ...SEVERITIES.map((s) => `<th scope="col">${SEVERITY_LABEL[s]}</th>`),
      `</tr>`,
    );
    for (const r of results) {
      const rt = tally([r]);
      const cells =
        r.error !== undefined
          ? `<td colspan="3" class="error">Không đọc được tệp</td>`
          : SEVERITIES.map((s) => `<td class="n">${rt[s]}</td>`).join("");
      parts.push(`<tr><td>${esc(r.file)}</td>${cells}</tr>`);
    }
    parts.push(`</table>`);
  }
  parts.push(`<p>Số đoạn đếm từ 1 theo thứ tự trong văn bản (kể cả các đoạn trong bảng).</p></header><main>`);
  for (const r of results) renderFile(parts, r, meta, options.docsBase);
  parts.push(`</main></body></html>`);
  return parts.join("");
}
