/** @jest-environment jsdom */
// Soạn thảo › Bản sao on the memory host: the block goes to the end of the open document whatever the cursor, reads
// back as the checker's copy block, and one undo takes it away.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core/analysis/analyze";
import { createModel } from "../../src/core/model/create";
import { parseOrgProfile } from "../../src/core/org/profile-json";
import { draft as t } from "../../src/taskpane/i18n/vi/draft";
import DraftTab from "../../src/taskpane/tabs/DraftTab";
import { renderTab } from "./app-harness";

const example = (file: string) =>
  parseOrgProfile(readFileSync(join(__dirname, "../../examples", file), "utf8"));
const ORIGINAL = [
  "KẾ HOẠCH",
  "Nội dung kế hoạch./.",
  "Nơi nhận:",
  "- Lưu: VT, VP.",
  "GIÁM ĐỐC",
  "Nguyễn Văn An",
];

jest.setTimeout(30_000);

it("adds the SAO Y block at the end of the document with its number, and one undo removes it", async () => {
  const h = await renderTab(<DraftTab />, createModel({ paragraphs: ORIGINAL }), example("office.json"));
  await h.host.select(1);
  fireEvent.change(screen.getByLabelText(t.date), { target: { value: "2026-01-09" } });
  fireEvent.change(await screen.findByLabelText(t.copy.kind), { target: { value: "sao-y" } });
  fireEvent.change(screen.getByLabelText(t.copy.number), { target: { value: "07" } });
  fireEvent.change(screen.getByLabelText(t.copy.to), { target: { value: "Phòng Tổ chức" } });
  fireEvent.click(screen.getByRole("button", { name: t.copy.add }));
  await screen.findByText(t.copy.added("SAO Y"));
  const model = h.host.snapshot();
  const texts = model.paragraphs.slice(0, model.bodyCount).map((p) => p.text);
  expect(texts.slice(0, ORIGINAL.length)).toEqual(ORIGINAL);
  expect(texts.slice(ORIGINAL.length)).toEqual(
    expect.arrayContaining([
      "SAO Y",
      "Số: 07/SY-SNV",
      "Lạng Sơn, ngày 09 tháng 01 năm 2026",
      "- Phòng Tổ chức;",
    ]),
  );
  expect(model.paragraphs[ORIGINAL.length].format.borders.bottom).toBe(true);
  expect(analyze(model).copy).toMatchObject({ kind: "sao-y", start: ORIGINAL.length });
  expect(h.undo).toHaveLength(1);
  await h.host.restore(h.undo[0]);
  const after = h.host.snapshot();
  expect(after.paragraphs.slice(0, after.bodyCount).map((p) => p.text)).toEqual(ORIGINAL);
});

it("refuses a sao lục of an original with the reason, changing nothing", async () => {
  const h = await renderTab(<DraftTab />, createModel({ paragraphs: ORIGINAL }), example("office.json"));
  fireEvent.change(await screen.findByLabelText(t.copy.kind), { target: { value: "sao-luc" } });
  fireEvent.click(screen.getByRole("button", { name: t.copy.add }));
  expect(await screen.findByText(/Sao lục được làm từ bản sao y/)).toBeTruthy();
  const model = h.host.snapshot();
  expect(model.paragraphs.slice(0, model.bodyCount).map((p) => p.text)).toEqual(ORIGINAL);
  expect(h.undo).toHaveLength(0);
});

it("says why a Party committee cannot add a copy block, with the button off", async () => {
  await renderTab(<DraftTab />, createModel({ paragraphs: ORIGINAL }), example("party-committee.json"));
  expect(await screen.findByText(/Hướng dẫn 36-HD\/VPTW/)).toBeTruthy();
  await waitFor(() =>
    expect((screen.getByRole("button", { name: t.copy.add }) as HTMLButtonElement).disabled).toBe(true),
  );
});
