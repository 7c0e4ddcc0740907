import { ruleDocs } from "../../../src/core/rules/docs";
import type { Finding } from "../../../src/core/rules/types";
import { formatReportDate, renderHtmlReport } from "../../../src/core/report/html";

const finding = (
  rule: string,
  severity: Finding["severity"],
  paragraph: number | null,
  message = rule,
): Finding => ({
  rule,
  severity,
  message,
  paragraph,
  excerpt: `trích ${rule} <${paragraph}>`,
  fixable: false,
});

const render = (findings: Finding[], file = "ke-hoach.docx") =>
  renderHtmlReport([{ file, profile: "nd30", findings }], {
    rules: ruleDocs(),
    generatedAt: new Date(2026, 11, 7, 9, 5),
  });

describe("renderHtmlReport", () => {
  it("names the file, the date and the profile by its Vietnamese name", () => {
    const html = render([finding("motto", "warning", 3)]);
    expect(html).toContain("<td>ke-hoach.docx</td>");
    expect(html).toContain("07/12/2026 09:05");
    expect(html).toContain("Cơ quan nhà nước (NĐ 30/2020)");
    expect(html).not.toContain("<code>nd30</code>");
  });

  it("numbers paragraphs from 1, as the pane does", () => {
    const html = render([finding("motto", "warning", 51)]);
    expect(html).toMatch(/<td class="n">52<\/td><td class="warning">Cảnh báo<\/td>/);
    expect(html).not.toMatch(/<td class="n">51<\/td>/);
  });

  it("puts errors before warnings, then follows the document", () => {
    const html = render([
      finding("text-spacing", "warning", 2, "W2"),
      finding("body-font-size", "warning", 9, "W9"),
      finding("page-margins", "error", null, "E-page"),
      finding("text-spacing", "warning", 40, "W40"),
      finding("motto", "error", 30, "E30"),
    ]);
    const order = ["E-page", "E30", "W2", "W40", "W9"].map((m) => html.indexOf(`<td>${m}</td>`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("gives every rule a basis, saying when it rests on practice", () => {
    const html = render([finding("text-spacing", "warning", 0)]);
    expect(html).toMatch(/Căn cứ: Thực tiễn soạn thảo văn bản hành chính/);
    expect(html).not.toMatch(/Căn cứ: <\/p>/);
  });

  it("escapes the document's text and stays self-contained and printable", () => {
    const html = render([finding("motto", "warning", 3)], "<a>.docx");
    expect(html).toContain("&lt;a&gt;.docx");
    expect(html).toContain("trích motto &lt;3&gt;");
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain("@page{size:A4");
  });

  it("summarises several files in one table", () => {
    const html = renderHtmlReport(
      [
        { file: "a.docx", profile: "nd30", findings: [finding("motto", "error", 1)] },
        { file: "b.docx", profile: "dang", findings: [], error: "Không tìm thấy tệp." },
      ],
      { rules: ruleDocs(), generatedAt: new Date(2026, 0, 2, 3, 4) },
    );
    expect(html).toContain(
      `<tr><td>a.docx</td><td class="n">1</td><td class="n">0</td><td class="n">0</td></tr>`,
    );
    expect(html).toContain("Không đọc được tệp: Không tìm thấy tệp.");
  });
});

describe("formatReportDate", () => {
  it("writes dd/mm/yyyy hh:mm", () =>
    expect(formatReportDate(new Date(2025, 6, 1, 14, 30))).toBe("01/07/2025 14:30"));
});
