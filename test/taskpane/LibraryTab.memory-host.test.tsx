/** @jest-environment jsdom */
// The Thư viện tab against the real in-memory host: the clause goes through the one writer and reader.
import { fireEvent, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadLibrary } from "../../src/core/library/validate";
import { createModel } from "../../src/core/model/create";
import { MemoryHost } from "../../src/host/memory";
import LibraryTab from "../../src/taskpane/tabs/LibraryTab";
import { LIBRARY_KEYS } from "../../src/taskpane/tabs/library/storage";
import { MemorySettings, renderWithApp } from "./library-fakes";

jest.setTimeout(60_000);

const PROVINCE_TEXT = readFileSync(
  join(__dirname, "../../assets/libraries/lang-son-thi-dua-khen-thuong.json"),
  "utf8",
);

describe("Thư viện tab with the memory host", () => {
  it("inserts a clause after the cursor with variables filled and bold kept, and saves a selection as a clause", async () => {
    const host = new MemoryHost(
      createModel({
        paragraphs: [
          "KẾ HOẠCH",
          "II. NỘI DUNG",
          "Trên đây là Kế hoạch của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn.",
        ],
      }),
    );
    await host.select(1);
    const settings = new MemorySettings();
    settings.set(LIBRARY_KEYS.base, { text: PROVINCE_TEXT, source: "lang-son.json" });
    renderWithApp(<LibraryTab />, { host, settings });

    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "cong tac khen thuong" } });
    fireEvent.click(
      within(screen.getByRole("list", { name: "Danh sách điều khoản" })).getAllByRole("button")[0],
    );
    fireEvent.click(screen.getByRole("button", { name: "Chèn vào vị trí con trỏ" }));
    await screen.findByText("Đã chèn điều khoản “Công tác khen thưởng”.");

    const model = host.snapshot();
    const texts = model.paragraphs.slice(0, model.bodyCount).map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(["KẾ HOẠCH", "II. NỘI DUNG", "3. Công tác khen thưởng"]);
    expect(texts[3]).toMatch(/^- Phát hiện các tập thể, cá nhân có thành tích xuất sắc/);
    expect(texts[texts.length - 1]).toBe("Trên đây là Kế hoạch của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn.");
    const bold = model.paragraphs[4].runs
      .filter((r) => r.format.bold)
      .map((r) => r.text)
      .join("");
    expect(bold).toBe("Ngày truyền thống thi đua yêu nước (11/6)");
    expect(model.paragraphs[2].runs.every((r) => r.format.bold)).toBe(true);

    // Save the last paragraph as a clause of the user's layer, the province's name as a variable.
    await host.select(model.bodyCount - 1);
    fireEvent.click(screen.getByRole("button", { name: "Lưu đoạn đang chọn thành điều khoản" }));
    fireEvent.change(await screen.findByRole("textbox", { name: /Tiêu đề/ }), {
      target: { value: "Đoạn kết riêng" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu vào điều khoản riêng" }));
    await screen.findByText("Đã lưu “Đoạn kết riêng” vào điều khoản riêng.");
    const layer = loadLibrary(settings.get<string>(LIBRARY_KEYS.layer)!);
    expect(layer.clauses[0].content).toEqual([
      { type: "paragraph", text: "Trên đây là Kế hoạch của Ủy ban MTTQ Việt Nam tỉnh {{ten_tinh}}." },
    ]);
  });
});
