// A self-contained HTML report a reviewer can open and send: no script, no external resource.
import type { RuleDoc } from "../rules/docs";
import type { Severity } from "../rules/types";
import { tally, type FileResult } from "./results";

export interface HtmlReportOptions {
  /** The rules' titles and legal basis. */
  rules: RuleDoc[];
  /** Where rule pages live, e.g. "https://…/docs/rules/" (a finding links to `${docsBase}${id}.md`); none when omitted. */
  docsBase?: string;
  /** Generation time shown in the report (ISO string). */
  generatedAt: string;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Gợi ý" };

function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:60rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem;margin-bottom:.3rem}
.sum span{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:4px;background:#f0f0f0}
.error{color:#a4262c}.warning{color:#8a5300}.info{color:#005a9e}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f6f6}code{background:#f6f6f6;padding:0 .2rem;white-space:pre-wrap}.basis{color:#555;font-size:.9rem}`;

export function renderHtmlReport(results: FileResult[], options: HtmlReportOptions): string {
  const meta = new Map(options.rules.map((r) => [r.id, r]));
  const t = tally(results);
  const parts: string[] = [];
  parts.push(
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo kiểm tra thể thức</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>Báo cáo kiểm tra thể thức văn bản</h1>`,
    `<p>Theo Nghị định 30/2020/NĐ-CP. Lập lúc ${esc(options.generatedAt)}.</p>`,
    `<p class="sum"><span class="error">${t.error} lỗi</span><span class="warning">${t.warning} cảnh báo</span>`,
    `<span class="info">${t.info} gợi ý</span><span>${results.length} tệp</span></p>`,
  );
  for (const r of results) {
    parts.push(`<h2>${esc(r.file)}</h2>`);
    if (r.error !== undefined) {
      parts.push(`<p class="error">Không đọc được tệp: ${esc(r.error)}</p>`);
      continue;
    }
    parts.push(`<p>Bộ quy tắc: <code>${esc(r.profile)}</code>. ${r.findings.length} phát hiện.</p>`);
    const byRule = new Map<string, FileResult["findings"]>();
    // Appended in place: copying a rule's list per finding was quadratic on a long document (up to 5,000 findings).
    for (const f of r.findings) {
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    for (const [id, findings] of byRule) {
      const m = meta.get(id);
      const title = m ? `${esc(m.title)} (<code>${esc(id)}</code>)` : `<code>${esc(id)}</code>`;
      const link = options.docsBase ? ` — <a href="${esc(options.docsBase + id)}.md">hướng dẫn</a>` : "";
      parts.push(`<h3>${title} — ${findings.length}${link}</h3>`);
      if (m) parts.push(`<p class="basis">Căn cứ: ${esc(m.basis)}</p>`);
      parts.push(`<table><tr><th>Đoạn</th><th>Mức</th><th>Nội dung</th><th>Trích</th></tr>`);
      for (const f of findings) {
        const where = f.paragraph === null ? "—" : String(f.paragraph);
        parts.push(
          `<tr><td>${where}</td><td class="${f.severity}">${SEVERITY_LABEL[f.severity]}</td>`,
          `<td>${esc(f.message)}</td><td><code>${esc(f.excerpt)}</code></td></tr>`,
        );
      }
      parts.push(`</table>`);
    }
  }
  parts.push(`</body></html>`);
  return parts.join("");
}
