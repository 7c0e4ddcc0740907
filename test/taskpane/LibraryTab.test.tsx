/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serializeLibrary } from "../../src/core/library/serialize";
import { loadLibrary } from "../../src/core/library/validate";
import { fiveYearPeriod } from "../../src/core/library/variables";
import LibraryTab from "../../src/taskpane/tabs/LibraryTab";
import { LIBRARY_KEYS } from "../../src/taskpane/tabs/library/storage";
import { FakeHost, MemorySettings, renderWithApp } from "./library-fakes";

const PROVINCE_TEXT = readFileSync(
  join(__dirname, "../../assets/libraries/lang-son-thi-dua-khen-thuong.json"),
  "utf8",
);
const province = loadLibrary(PROVINCE_TEXT);

function withBase(): MemorySettings {
  const settings = new MemorySettings();
  settings.set(LIBRARY_KEYS.base, { text: PROVINCE_TEXT, source: "lang-son.json" });
  return settings;
}

function list(): HTMLElement {
  return screen.getByRole("list", { name: "Danh sách điều khoản" });
}

function search(text: string): void {
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: text } });
}

function chooseFile(name: string, content: string): void {
  const input = screen.getByLabelText("Tệp thư viện (.json)");
  fireEvent.change(input, { target: { files: [new File([content], name, { type: "application/json" })] } });
}

// Fluent UI renders slowly in jsdom; these tests walk whole user flows.
jest.setTimeout(60_000);

describe("Thư viện tab", () => {
  it("loads a province library, finds clauses without diacritics and inserts one with variables filled", async () => {
    const { host, services, settings } = renderWithApp(<LibraryTab />);
    expect(screen.getByText(/Chưa có thư viện nào/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Dùng thư viện mẫu" }));
    await screen.findByText(/Lạng Sơn — Thi đua, khen thưởng — phiên bản 1\.0/);
    expect(settings.get<{ text: string }>(LIBRARY_KEYS.base)?.text).toContain("lang-son-thi-dua-khen-thuong");

    search("thi dua khen thuong");
    const found = within(list())
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(found).toContain("Đoạn kết kế hoạch thi đua, khen thưởng");
    expect(found).not.toContain("Thi đua theo chuyên đề gắn với các ngày lễ, ngày kỷ niệm");

    search("DAY MANH PHONG TRAO");
    fireEvent.click(within(list()).getAllByRole("button")[0]);
    const preview = screen.getByRole("document", { name: "Xem trước" });
    const period = fiveYearPeriod(new Date().getFullYear());
    expect(preview.textContent).toContain(
      `giai đoạn ${period} theo Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn`,
    );

    fireEvent.click(screen.getByRole("button", { name: "Chèn vào vị trí con trỏ" }));
    await screen.findByText(/Đã chèn điều khoản/);
    expect(host.inserts).toHaveLength(1);
    expect(host.inserts[0].where).toBe("selection");
    const text = host.inserts[0].blocks
      .map((b) => (b.kind === "paragraph" ? b.runs.map((r) => r.text).join("") : ""))
      .join("\n");
    expect(text).toMatch(/^- Đẩy mạnh phong trào thi đua yêu nước/);
    expect(text).toContain("tỉnh Lạng Sơn");
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(services.pushUndo).toHaveBeenCalledWith(expect.objectContaining({ id: "s1" }));
    expect(services.documentChanged).toHaveBeenCalled();
  });

  it("asks for a value the profile lacks and inserts a visible placeholder until it is given", async () => {
    const { host } = renderWithApp(<LibraryTab />, { settings: withBase() });
    search("bao cao dinh ky");
    fireEvent.click(within(list()).getAllByRole("button")[0]);
    const field = screen.getByRole("textbox", { name: "Tên tỉnh" });
    fireEvent.change(field, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Chèn vào vị trí con trỏ" }));
    await waitFor(() => expect(host.inserts).toHaveLength(1));
    const runs = host.inserts[0].blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : []));
    expect(runs).toContainEqual({ text: "[ten_tinh]", placeholder: true });
  });

  it("lets a lower level override one clause and add one, shows what it changed and keeps the layer", async () => {
    const host = new FakeHost();
    const { settings } = renderWithApp(<LibraryTab />, { host, settings: withBase() });

    // Override a province clause.
    search("cap duoi xay dung ke hoach");
    fireEvent.click(within(list()).getAllByRole("button")[0]);
    fireEvent.click(screen.getByRole("button", { name: "Sửa thành bản riêng" }));
    const content = screen.getByRole("textbox", { name: /Nội dung/ });
    fireEvent.change(content, {
      target: { value: "- Các chi hội của xã {{ten_xa}} xây dựng kế hoạch thi đua năm {{nam}}." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu vào điều khoản riêng" }));
    await screen.findByText(/Đã lưu “Cấp dưới xây dựng kế hoạch/);
    expect(within(list()).getByRole("button", { name: /Cấp dưới xây dựng kế hoạch.*Đã sửa/ })).toBeTruthy();
    expect(screen.getByLabelText("Khác với bản của tỉnh").textContent).toContain("Các chi hội");
    const stored = loadLibrary(settings.get<string>(LIBRARY_KEYS.layer)!);
    expect(stored.base).toEqual({ id: province.id, version: "1.0" });
    expect(stored.clauses[0].content).toEqual([
      { type: "item", text: "Các chi hội của xã {{ten_xa}} xây dựng kế hoạch thi đua năm {{nam}}." },
    ]);

    // Add one from the selection in Word; the profile's names become variables.
    host.setSelection([
      {
        runs: [
          { text: "- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn " },
          { text: "biểu dương", bold: true },
          { text: " các chi hội." },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Lưu đoạn đang chọn thành điều khoản" }));
    const title = await screen.findByRole("textbox", { name: /Tiêu đề/ });
    fireEvent.change(title, { target: { value: "Biểu dương chi hội" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu vào điều khoản riêng" }));
    await screen.findByText(/Đã lưu “Biểu dương chi hội”/);
    const layer = loadLibrary(settings.get<string>(LIBRARY_KEYS.layer)!);
    expect(layer.clauses).toHaveLength(2);
    expect(layer.clauses[1]).toMatchObject({
      id: "rieng-bieu-duong-chi-hoi",
      content: [
        {
          type: "item",
          text: [{ text: "{{co_quan}} " }, { text: "biểu dương", bold: true }, { text: " các chi hội." }],
        },
      ],
    });
    expect(
      screen.getByText("Điều khoản riêng: đã sửa 1 điều khoản của tỉnh, thêm 1 điều khoản."),
    ).toBeTruthy();
    // The copy before the change is kept too.
    expect(loadLibrary(settings.get<string>(LIBRARY_KEYS.layerPrevious)!).clauses).toHaveLength(1);

    // Which clauses I changed.
    search("");
    fireEvent.click(screen.getByRole("checkbox", { name: "Chỉ điều khoản tôi đã sửa hoặc thêm" }));
    expect(
      within(list())
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Cấp dưới xây dựng kế hoạch thi đua, khen thưởng của cấp mình Đã sửa",
      "Biểu dương chi hội Riêng",
    ]);

    // The export is offered until it is made.
    expect(screen.getByText(/xóa bộ nhớ đệm của Office sẽ xóa chúng/)).toBeTruthy();
    URL.createObjectURL = jest.fn(() => "blob:x");
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    URL.revokeObjectURL = jest.fn();
    fireEvent.click(screen.getAllByRole("button", { name: "Xuất điều khoản riêng (JSON)" })[0]);
    await screen.findByText(/Đã xuất tệp dieu-khoan-rieng-/);
    expect(click).toHaveBeenCalledTimes(1);
    expect(settings.get(LIBRARY_KEYS.layerExported)).toBe(
      loadLibrary(settings.get<string>(LIBRARY_KEYS.layer)!).version,
    );
    expect(screen.queryByText(/xóa bộ nhớ đệm của Office sẽ xóa chúng/)).toBeNull();

    // Deleting the override brings the province's clause back.
    fireEvent.click(within(list()).getAllByRole("button")[0]);
    fireEvent.click(screen.getByRole("button", { name: "Khôi phục bản của tỉnh" }));
    await screen.findByText(/Đã khôi phục bản của tỉnh/);
    expect(loadLibrary(settings.get<string>(LIBRARY_KEYS.layer)!).clauses.map((c) => c.id)).toEqual([
      "rieng-bieu-duong-chi-hoi",
    ]);
  });

  it("refuses markup typed into a clause", async () => {
    const { settings } = renderWithApp(<LibraryTab />, { settings: withBase() });
    fireEvent.click(within(list()).getAllByRole("button")[0]);
    fireEvent.click(screen.getByRole("button", { name: "Sửa thành bản riêng" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Nội dung/ }), {
      target: { value: "Xem <script>alert(1)</script>" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu vào điều khoản riêng" }));
    await screen.findByText(/Chưa lưu được: chứa thẻ HTML\/XML "<script"/);
    expect(settings.get(LIBRARY_KEYS.layer)).toBeNull();
  });

  it("refuses a change it cannot keep when local storage is full", async () => {
    const settings = withBase();
    const set = settings.set.bind(settings);
    settings.set = <T,>(key: string, value: T): void => {
      if (key === LIBRARY_KEYS.layer) throw new Error("QuotaExceededError");
      set(key, value);
    };
    renderWithApp(<LibraryTab />, { settings });
    fireEvent.click(within(list()).getAllByRole("button")[0]);
    fireEvent.click(screen.getByRole("button", { name: "Sửa thành bản riêng" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Nội dung/ }), {
      target: { value: "Nội dung riêng." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu vào điều khoản riêng" }));
    await screen.findByText(/Không lưu được điều khoản riêng vào bộ nhớ cục bộ/);
    expect(within(list()).queryByText("Đã sửa")).toBeNull();
  });

  it("shows a new province version's changes before accepting it", async () => {
    const { settings } = renderWithApp(<LibraryTab />, { settings: withBase() });
    const v2 = {
      ...province,
      version: "1.1",
      clauses: [
        ...province.clauses.slice(0, 2),
        {
          ...province.clauses[2],
          content: [{ type: "item" as const, text: "Nội dung thi đua thiết thực." }],
        },
        ...province.clauses.slice(4),
        { ...province.clauses[0], id: "moi-nhat", title: "Điều khoản mới của tỉnh" },
      ],
    };
    chooseFile("v1.1.json", serializeLibrary(v2));
    await screen.findByText("Phiên bản mới của Lạng Sơn — Thi đua, khen thưởng: 1.0 → 1.1");
    expect(screen.getByText("Thêm 1, bỏ 1, sửa 1 điều khoản.")).toBeTruthy();
    expect(screen.getByText(/Thêm: Điều khoản mới của tỉnh/)).toBeTruthy();
    expect(screen.getByText(`Bỏ: ${province.clauses[3].title}`)).toBeTruthy();
    expect(screen.getByText(/Sửa: .*\(nội dung\)/)).toBeTruthy();
    expect(loadLibrary(settings.get<{ text: string }>(LIBRARY_KEYS.base)!.text).version).toBe("1.0");

    fireEvent.click(screen.getByRole("button", { name: "Chấp nhận phiên bản mới" }));
    await screen.findByText("Đã chuyển sang phiên bản 1.1.");
    expect(loadLibrary(settings.get<{ text: string }>(LIBRARY_KEYS.base)!.text).version).toBe("1.1");
    expect(
      screen.getByText(/Thi đua, khen thưởng — phiên bản 1\.1 \(2026-01-15\), 19 điều khoản/),
    ).toBeTruthy();
  });

  it("imports an exported layer back as the user's own clauses, even one made without a base", async () => {
    const { settings } = renderWithApp(<LibraryTab />);
    const own = {
      ...province,
      id: "lop-rieng",
      layer: true,
      clauses: [{ ...province.clauses[0], id: "rieng-a", title: "Điều khoản riêng A" }],
    };
    chooseFile("dieu-khoan-rieng.json", serializeLibrary(own));
    await screen.findByText(/Đã nhập lớp điều khoản riêng \(1 điều khoản\)/);
    expect(settings.get(LIBRARY_KEYS.base)).toBeNull();
    expect(loadLibrary(settings.get<string>(LIBRARY_KEYS.layer)!).clauses[0].id).toBe("rieng-a");
    expect(within(list()).getByRole("button", { name: /Điều khoản riêng A/ })).toBeTruthy();
  });

  it("warns when the file is not newer than the library in use", async () => {
    renderWithApp(<LibraryTab />, { settings: withBase() });
    const older = { ...province, version: "0.9", clauses: province.clauses.slice(1) };
    chooseFile("cu.json", serializeLibrary(older));
    await screen.findByText(/tệp này không mới hơn \(phiên bản 0\.9, đang dùng 1\.0\)/);
    expect(screen.getByText("Thêm 0, bỏ 1, sửa 0 điều khoản.")).toBeTruthy();
  });

  it("refuses a hostile or malformed file with its line, keeping the current library", async () => {
    const { settings } = renderWithApp(<LibraryTab />, { settings: withBase() });
    const hostile = PROVINCE_TEXT.replace(
      "Đẩy mạnh phong trào thi đua yêu nước nhằm",
      "{ MERGEFIELD x } nhằm",
    );
    chooseFile("doc-hai.json", hostile);
    const line = hostile.slice(0, hostile.indexOf("MERGEFIELD")).split("\n").length;
    await screen.findByText(new RegExp(`^doc-hai\\.json: Dòng ${line}, cột \\d+ — .*mã trường của Word`));
    chooseFile("hong.json", '{\n  "id": "x"\n  "name": "y"\n}');
    await screen.findByText(/^hong\.json: Dòng 3, cột 3: JSON sai cú pháp/);
    expect(settings.get<{ text: string }>(LIBRARY_KEYS.base)!.text).toBe(PROVINCE_TEXT);
  });

  describe("loading from an address", () => {
    const realFetch = global.fetch;
    afterEach(() => {
      global.fetch = realFetch;
    });

    it("loads over https, caches the library and remembers the address", async () => {
      global.fetch = jest.fn(async () => ({
        ok: true,
        status: 200,
        headers: { get: () => null },
        arrayBuffer: async () => new TextEncoder().encode(PROVINCE_TEXT).buffer,
      })) as unknown as typeof fetch;
      const { settings } = renderWithApp(<LibraryTab />);
      fireEvent.change(screen.getByRole("textbox", { name: /Địa chỉ thư viện/ }), {
        target: { value: "https://intranet.langson.gov.vn/thu-vien/thi-dua.json" },
      });
      fireEvent.click(screen.getByRole("button", { name: "Tải từ địa chỉ" }));
      await screen.findByText(/Đã nạp thư viện Lạng Sơn — Thi đua, khen thưởng/);
      expect(global.fetch).toHaveBeenCalledWith(
        "https://intranet.langson.gov.vn/thu-vien/thi-dua.json",
        expect.objectContaining({ mode: "cors" }),
      );
      expect(settings.get(LIBRARY_KEYS.url)).toBe("https://intranet.langson.gov.vn/thu-vien/thi-dua.json");
      expect(settings.get<{ source: string }>(LIBRARY_KEYS.base)?.source).toBe(
        "https://intranet.langson.gov.vn/thu-vien/thi-dua.json",
      );
    });

    it("explains a blocked request and keeps the cached copy", async () => {
      global.fetch = jest.fn(async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch;
      renderWithApp(<LibraryTab />, { settings: withBase() });
      expect(screen.queryByRole("textbox", { name: /Địa chỉ thư viện/ })).toBeNull();
      fireEvent.click(screen.getByRole("button", { name: "Đổi thư viện…" }));
      fireEvent.change(screen.getByRole("textbox", { name: /Địa chỉ thư viện/ }), {
        target: { value: "https://intranet.example/thu-vien.json" },
      });
      fireEvent.click(screen.getByRole("button", { name: "Tải từ địa chỉ" }));
      await screen.findByText(/Access-Control-Allow-Origin/);
      expect(screen.getByText(/Lạng Sơn — Thi đua, khen thưởng — phiên bản 1\.0/)).toBeTruthy();
    });

    it("refuses a plain http address", async () => {
      global.fetch = jest.fn() as typeof fetch;
      renderWithApp(<LibraryTab />);
      fireEvent.change(screen.getByRole("textbox", { name: /Địa chỉ thư viện/ }), {
        target: { value: "http://x.example/a.json" },
      });
      fireEvent.click(screen.getByRole("button", { name: "Tải từ địa chỉ" }));
      await screen.findByText(/phải bắt đầu bằng https:\/\//);
      expect(global.fetch).not.toHaveBeenCalled();
    });
  });

  it("refuses a library file that is not UTF-8 instead of reading it with U+FFFD", async () => {
    renderWithApp(<LibraryTab />);
    const bytes = new TextEncoder().encode(PROVINCE_TEXT);
    const broken = new Uint8Array([...bytes.subarray(0, 40), 0xff, 0xfe, ...bytes.subarray(40)]);
    fireEvent.change(screen.getByLabelText("Tệp thư viện (.json)"), {
      target: { files: [new File([broken], "hong.json", { type: "application/json" })] },
    });
    await screen.findByText(/không phải chữ UTF-8 hợp lệ/);
    expect(screen.queryByText(/Lạng Sơn — Thi đua, khen thưởng — phiên bản/)).toBeNull();
  });
});
