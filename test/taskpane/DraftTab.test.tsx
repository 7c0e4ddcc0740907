/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import DraftTab from "../../src/taskpane/tabs/DraftTab";
import { createModel } from "../../src/core/model/create";
import { parseOrgProfile } from "../../src/core/org/profile-json";
import { draft as t } from "../../src/taskpane/i18n/vi/draft";
import { renderTab } from "./app-harness";

const org = () => parseOrgProfile(readFileSync(join(__dirname, "../../examples/office.json"), "utf8"));
const texts = (h: { host: { snapshot(): { paragraphs: { index: number | null; text: string }[] } } }) =>
  h.host
    .snapshot()
    .paragraphs.filter((p) => p.index !== null)
    .map((p) => p.text);

// Fluent in jsdom plus a whole write → read round trip takes seconds on a slow machine.
jest.setTimeout(30_000);

describe("DraftTab", () => {
  it("opens a whole skeleton as a new document when the host can", async () => {
    const h = await renderTab(<DraftTab />, createModel({ paragraphs: ["cũ"] }), org());
    // Two choices: the group, then the type in it.
    fireEvent.change(screen.getByLabelText(t.group), { target: { value: "letter" } });
    fireEvent.change(screen.getByLabelText(t.type), { target: { value: "cong-van" } });
    fireEvent.change(screen.getByLabelText(t.date), { target: { value: "2026-03-09" } });
    fireEvent.change(screen.getByLabelText(t.to), { target: { value: "Sở Tài chính; Sở Tư pháp" } });
    fireEvent.change(screen.getByLabelText(t.urgency), { target: { value: "HỎA TỐC" } });
    fireEvent.click(screen.getByRole("button", { name: t.create }));
    // The preview holds one document: replacing it is confirmed first.
    expect(h.host.snapshot().paragraphs[0].text).toBe("cũ");
    fireEvent.click(screen.getByRole("button", { name: t.confirmReplaceYes }));
    await screen.findByText(t.createdNew, undefined, { timeout: 15000 });
    const all = texts(h);
    expect(all).not.toContain("cũ");
    expect(all).toContain("Lạng Sơn, ngày 09 tháng 3 năm 2026");
    expect(all).toContain("Số: …/SNV-VP");
    expect(all).toContain("- Như trên;");
    expect(all).toEqual(expect.arrayContaining(["- Sở Tài chính;", "- Sở Tư pháp.", "HỎA TỐC"]));
    expect(h.host.snapshot().sections[0].titlePage).toBe(true);
  });

  it("picks căn cứ from the documents in force on the date, found without diacritics, into the decision", async () => {
    const ubnd = {
      ...org(),
      parentAgency: "",
      agencyName: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
      agencyAbbr: "UBND",
    };
    const h = await renderTab(<DraftTab />, createModel({ paragraphs: ["cũ"] }), ubnd);
    // A plan has no căn cứ: no picker.
    expect(screen.queryByTestId("basis-picker")).toBeNull();
    fireEvent.change(screen.getByLabelText(t.group), { target: { value: "decision" } });
    fireEvent.change(screen.getByLabelText(t.type), { target: { value: "quyet-dinh" } });
    fireEvent.change(screen.getByLabelText(t.date), { target: { value: "2026-03-09" } });
    fireEvent.click(await screen.findByRole("button", { name: t.basisOpen }, { timeout: 15000 }));
    fireEvent.change(await screen.findByLabelText(t.basisSearch, undefined, { timeout: 15000 }), {
      target: { value: "thi dua khen thuong" },
    });
    // Only the law in force: the 2003 law, replaced from 01/01/2024, is not offered.
    const offered = within(screen.getByRole("group", { name: t.basisTitle }))
      .getAllByRole("checkbox")
      .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent ?? "");
    expect(offered.join("|")).toContain("Luật Thi đua, khen thưởng (06/2022/QH15)");
    expect(offered.join("|")).not.toContain("15/2003/QH11");
    fireEvent.click(screen.getByLabelText("Luật Thi đua, khen thưởng (06/2022/QH15)"));
    expect(screen.getByText(t.basisChosen(1))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: t.create }));
    fireEvent.click(screen.getByRole("button", { name: t.confirmReplaceYes }));
    await screen.findByText(t.createdNew, undefined, { timeout: 15000 });
    const all = texts(h);
    expect(all).toContain("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
    expect(all).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
  });

  it("groups the types so each is two choices away, offering only the profile's types", async () => {
    await renderTab(<DraftTab />, createModel({ paragraphs: ["x"] }), org());
    const groups = screen.getByLabelText(t.group) as HTMLSelectElement;
    expect(Array.from(groups.options).map((o) => o.textContent)).toContain(t.groups.record);
    fireEvent.change(groups, { target: { value: "decision" } });
    const types = Array.from((screen.getByLabelText(t.type) as HTMLSelectElement).options).map(
      (o) => o.value,
    );
    expect(types).toEqual(expect.arrayContaining(["quyet-dinh", "nghi-quyet", "chi-thi"]));
    expect(types).not.toContain("ket-luan");
  });

  it("inserts the blocks and lists the page-setup steps when it cannot open a document", async () => {
    const why = "Word này chưa hỗ trợ WordApi 1.3.";
    const h = await renderTab(<DraftTab />, createModel({ paragraphs: ["cũ"] }), org(), {
      openNewDocument: false,
      reasons: { openNewDocument: why },
    });
    fireEvent.click(screen.getByRole("button", { name: t.create }));
    await screen.findByText(`${why} ${t.insertedSkeleton}`, undefined, { timeout: 15000 });
    for (const step of t.pageSetupSteps) expect(screen.getByText(step)).toBeTruthy();
    expect(texts(h)[0]).toBe("cũ");
    expect(texts(h)).toContain("KẾ HOẠCH");
    expect(h.undo).toHaveLength(1);
  });

  it("refuses an invalid signature form with its reason", async () => {
    await renderTab(<DraftTab />, createModel({ paragraphs: ["x"] }), org());
    fireEvent.change(screen.getByLabelText(t.signerTitle), { target: { value: "Giám đốc" } });
    expect(await screen.findByText(/Người đứng đầu tự ký/)).toBeTruthy();
    expect((screen.getByRole("button", { name: t.insertClosing }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("inserts Nơi nhận and the signature with the chosen recipients", async () => {
    const h = await renderTab(<DraftTab />, createModel({ paragraphs: ["Nội dung./."] }), org());
    fireEvent.click(screen.getByLabelText("UBND tỉnh (B/c)"));
    fireEvent.change(screen.getByLabelText(t.addRecipient), { target: { value: "Sở Tài chính (phối hợp)" } });
    fireEvent.click(screen.getByRole("button", { name: t.add }));
    expect((screen.getByLabelText("Sở Tài chính (phối hợp)") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: t.insertClosing }));
    await waitFor(() => expect(texts(h)).toContain("- Lưu: VT, VP."));
    expect(texts(h)).not.toContain("- UBND tỉnh (B/c);");
    expect(texts(h)).toContain("- Ban Thi đua - Khen thưởng tỉnh (B/c);");
    expect(texts(h)).toContain("KT. GIÁM ĐỐC");
    expect(texts(h)).toContain("- Sở Tài chính (phối hợp);");
  });

  it("numbers a new heading from the headings above the cursor", async () => {
    const h = await renderTab(
      <DraftTab />,
      createModel({ paragraphs: ["I. MỤC ĐÍCH", "1. Mục đích", "Nội dung", "II. NỘI DUNG"] }),
      org(),
    );
    await h.host.select(2);
    fireEvent.change(screen.getByLabelText(t.level), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText(t.headingTitle), { target: { value: "Yêu cầu" } });
    fireEvent.click(screen.getByRole("button", { name: t.insertHeading }));
    await waitFor(() => expect(texts(h)[3]).toBe("2. Yêu cầu"));
  });

  it("renumbers the headings after a heading inserted in the middle, in the same undoable change", async () => {
    const h = await renderTab(
      <DraftTab />,
      createModel({ paragraphs: ["I. A", "1. Một", "Nội dung", "2. Hai", "2.1. Con", "3. Ba"] }),
      org(),
    );
    await h.host.select(2);
    fireEvent.change(screen.getByLabelText(t.level), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText(t.headingTitle), { target: { value: "Mới" } });
    fireEvent.click(screen.getByRole("button", { name: t.insertHeading }));
    await screen.findByText(t.headingInsertedRenumbered("2.", ["2. → 3.", "2.1. → 3.1.", "3. → 4."]));
    expect(texts(h)).toEqual(["I. A", "1. Một", "Nội dung", "2. Mới", "3. Hai", "3.1. Con", "4. Ba"]);
    expect(h.undo).toHaveLength(1);
    await h.host.restore(h.undo[0]);
    expect(texts(h)).toEqual(["I. A", "1. Một", "Nội dung", "2. Hai", "2.1. Con", "3. Ba"]);
  });

  it("previews renumbering, then applies it in one batch with its own undo", async () => {
    const h = await renderTab(
      <DraftTab />,
      createModel({ paragraphs: ["I. A", "1. Một", "2.1. Con", "2.3. Con ba", "3. Ba"] }),
      org(),
    );
    fireEvent.click(screen.getByRole("button", { name: t.preview }));
    expect(await screen.findByText(t.renumberChange("2.1.", "1.1.", 2))).toBeTruthy();
    expect(screen.getByText(t.renumberChange("3.", "2.", 4))).toBeTruthy();
    expect(texts(h)[4]).toBe("3. Ba");
    fireEvent.click(screen.getByRole("button", { name: t.apply }));
    await screen.findByText(t.renumbered(3, 0));
    expect(texts(h)).toEqual(["I. A", "1. Một", "1.1. Con", "1.2. Con ba", "2. Ba"]);
    expect(h.undo).toHaveLength(1);
  });

  it("steps through the […] placeholders, selecting each", async () => {
    const h = await renderTab(
      <DraftTab />,
      createModel({ paragraphs: ["A [một] và [hai]", "B", "[ba]"] }),
      org(),
    );
    const selections: unknown[] = [];
    h.host.subscribe((e) => e.type === "select" && selections.push(e.selection));
    const next = screen.getByRole("button", { name: t.nextPlaceholder });
    fireEvent.click(next);
    await screen.findByText(t.placeholderAt("[một]", 0));
    fireEvent.click(next);
    await screen.findByText(t.placeholderAt("[hai]", 0));
    fireEvent.click(next);
    await screen.findByText(t.placeholderAt("[ba]", 2));
    expect(selections).toEqual([
      { paragraph: 0, span: { start: 2, end: 7 } },
      { paragraph: 0, span: { start: 11, end: 16 } },
      { paragraph: 2, span: { start: 0, end: 4 } },
    ]);
  });
});
