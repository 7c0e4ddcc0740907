/** @jest-environment jsdom */
import { useState } from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import AnniversaryTab from "../../src/taskpane/tabs/AnniversaryTab";
import { parseCustomEvent } from "../../src/taskpane/tabs/anniversary/CustomEvents";
import { AppContext, type AppServices } from "../../src/taskpane/state/app-context";
import { sampleOrgProfile } from "../../src/core/org/defaults";
import type { OrgProfile } from "../../src/core/org/types";
import type { BlockParagraph } from "../../src/core/model/blocks";
import type { DocumentHost, SavedState } from "../../src/host/document-host";

const saved: SavedState = { id: "s1", label: "Chèn", createdAt: "2026-01-01T00:00:00Z", items: [] };

function setup(orgProfile: OrgProfile = sampleOrgProfile()) {
  const insert = jest.fn(async () => ({ firstParagraph: 3, saved }));
  const pushUndo = jest.fn();
  const documentChanged = jest.fn(() => 1);
  const setOrgSpy = jest.fn();
  function Harness() {
    const [org, setOrg] = useState(orgProfile);
    const app = {
      host: { insert } as unknown as DocumentHost,
      capabilities: {
        host: "memory",
        comments: true,
        trackChanges: true,
        openNewDocument: true,
        select: true,
        pageSetup: true,
        reasons: {},
      },
      settings: { get: () => null, set: () => undefined, remove: () => undefined },
      org,
      setOrg: (o: OrgProfile) => {
        setOrgSpy(o);
        setOrg(o);
      },
      undoStack: [],
      pushUndo,
      undoLast: async () => undefined,
      documentChanged,
      revision: 0,
      goToTab: () => undefined,
    } as AppServices;
    return (
      <FluentProvider theme={webLightTheme}>
        <AppContext.Provider value={app}>
          <AnniversaryTab />
        </AppContext.Provider>
      </FluentProvider>
    );
  }
  render(<Harness />);
  return { insert, pushUndo, documentChanged, setOrgSpy };
}

function setPeriod(from: string, to: string) {
  fireEvent.change(field("Từ năm"), { target: { value: from } });
  fireEvent.change(field("Đến năm"), { target: { value: to } });
}

// Queries by role are slow on a long list in jsdom: find the year's section by its label directly.
const year = (y: number): HTMLElement => {
  const section = document.querySelector<HTMLElement>(`section[aria-label="Năm ${y}"]`);
  if (!section) throw new Error(`no section for ${y}`);
  return section;
};
// getByLabelText is quadratic in the number of labels (seconds per call here): go from the label to its control.
const field = (text: string | RegExp, container: HTMLElement = document.body): HTMLInputElement => {
  const label = within(container).getByText(text, { selector: "label" }) as HTMLLabelElement;
  const control = document.getElementById(label.htmlFor);
  if (!control) throw new Error(`no control for ${String(text)}`);
  return control as HTMLInputElement;
};
const fieldIn = (container: HTMLElement, text: string | RegExp): HTMLInputElement => field(text, container);
const button = (name: string): HTMLButtonElement => screen.getByText(name, { selector: "button" });

// jsdom has no ResizeObserver, which Fluent's MessageBar uses; the task pane's browsers do.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// Fluent UI renders slowly in jsdom (a few seconds for a five-year list).
jest.setTimeout(60000);

describe("AnniversaryTab", () => {
  it("previews the seed's period for the organisation and province of the profile", () => {
    setup();
    setPeriod("2017", "2020");
    expect(
      fieldIn(year(2019), /^75 năm Ngày thành lập Quân đội nhân dân Việt Nam — 22\/12\/2019$/),
    ).toBeTruthy();
    expect(within(year(2018)).queryByText(/Quân đội nhân dân Việt Nam/, { selector: "label" })).toBeNull();
    expect(fieldIn(year(2017), /^87 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam/)).toBeTruthy();
    expect(fieldIn(year(2019), /^Ngày Giỗ Tổ Hùng Vương — 14\/04\/2019 \(10\/3 âm lịch\)$/)).toBeTruthy();
  });

  it("inserts the ticked days at the cursor and keeps the undo", async () => {
    const { insert, pushUndo, documentChanged } = setup();
    setPeriod("2019", "2019");
    fireEvent.click(fieldIn(year(2019), /^30 năm Ngày hội Quốc phòng toàn dân/));
    fireEvent.click(button("Chèn"));
    await waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
    const [blocks, where] = insert.mock.calls[0] as unknown as [BlockParagraph[], string];
    expect(where).toBe("selection");
    expect(blocks).toHaveLength(1);
    const text = blocks[0].runs[0].text;
    expect(text).toMatch(/^- Năm 2019: Kỷ niệm 89 năm Ngày thành lập Đảng/);
    expect(text).toContain("75 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2019)");
    expect(text).not.toContain("Quốc phòng toàn dân");
    expect(pushUndo).toHaveBeenCalledWith(saved);
    expect(documentChanged).toHaveBeenCalled();
    expect(await screen.findByText("Đã chèn 1 dòng vào vị trí con trỏ.")).toBeTruthy();
  });

  it("filters by category and switches the date style", async () => {
    const { insert } = setup();
    setPeriod("2019", "2019");
    for (const c of [
      "Ngày lễ lớn của đất nước",
      "Sự kiện lịch sử, Nhà nước",
      "Ngày truyền thống các ngành của Đảng",
      "Mặt trận Tổ quốc và các đoàn thể",
      "Ngày của các ngành",
      "Ngày quốc tế",
      "Ngày sinh lãnh tụ, lãnh đạo tiền bối",
      "Ngày của địa phương",
    ]) {
      fireEvent.click(field(c));
    }
    fireEvent.change(field("Cách ghi ngày"), { target: { value: "day-month" } });
    fireEvent.click(button("Chèn"));
    await waitFor(() => expect(insert).toHaveBeenCalled());
    const [blocks] = insert.mock.calls[0] as unknown as [BlockParagraph[]];
    expect(blocks[0].runs[0].text).toBe(
      "- Năm 2019: Kỷ niệm 60 năm Ngày truyền thống Bộ đội Biên phòng và 30 năm Ngày Biên phòng toàn dân 3/3; 60 năm Ngày mở đường Hồ Chí Minh – Ngày truyền thống Bộ đội Trường Sơn 19/5; 75 năm Ngày thành lập Quân đội nhân dân Việt Nam và 30 năm Ngày hội Quốc phòng toàn dân 22/12.",
    );
  });

  it("refuses a bad period and disables Chèn", () => {
    setup();
    setPeriod("2020", "2017");
    expect(screen.getByText("Năm đầu không được lớn hơn năm cuối.")).toBeTruthy();
    expect(button("Chèn").disabled).toBe(true);
    setPeriod("1800", "2017");
    expect(screen.getByText("Năm phải là số từ 1900 đến 2100.")).toBeTruthy();
  });

  it("shows the host's error sentence when the insertion fails", async () => {
    const { insert } = setup();
    insert.mockRejectedValueOnce(new Error("boom"));
    setPeriod("2019", "2019");
    fireEvent.click(button("Chèn"));
    expect(await screen.findByText("Không chèn được danh sách vào văn bản.")).toBeTruthy();
  });

  it("saves custom events with the organisation profile and lists them", async () => {
    const { setOrgSpy } = setup();
    setPeriod("2025", "2025");
    fireEvent.change(field("Tên ngày kỷ niệm"), {
      target: { value: "Ngày thành lập Trường Tiểu học Kim Đồng" },
    });
    fireEvent.change(field("Ngày"), { target: { value: "5" } });
    fireEvent.change(field("Tháng"), { target: { value: "9" } });
    fireEvent.change(field("Năm gốc (để trống nếu không tính số năm)"), {
      target: { value: "1975" },
    });
    fireEvent.click(button("Thêm ngày"));
    expect(setOrgSpy).toHaveBeenCalledTimes(1);
    const org = setOrgSpy.mock.calls[0][0] as OrgProfile;
    expect(org.customEvents).toEqual([
      expect.objectContaining({
        name: "Ngày thành lập Trường Tiểu học Kim Đồng",
        day: 5,
        month: 9,
        baseYear: 1975,
        lunar: false,
      }),
    ]);
    expect(org.agencyName).toBe(sampleOrgProfile().agencyName);
    expect(
      fieldIn(year(2025), /^50 năm Ngày thành lập Trường Tiểu học Kim Đồng — 05\/09\/2025$/),
    ).toBeTruthy();
    fireEvent.click(button("Xóa"));
    expect((setOrgSpy.mock.calls[1][0] as OrgProfile).customEvents).toEqual([]);
  });

  it("explains a bad custom event", () => {
    const { setOrgSpy } = setup();
    fireEvent.change(field("Tên ngày kỷ niệm"), { target: { value: "Ngày A" } });
    fireEvent.change(field("Ngày"), { target: { value: "31" } });
    fireEvent.change(field("Tháng"), { target: { value: "4" } });
    fireEvent.click(button("Thêm ngày"));
    expect(screen.getByText("Ngày hoặc tháng không hợp lệ.")).toBeTruthy();
    expect(setOrgSpy).not.toHaveBeenCalled();
  });
});

describe("parseCustomEvent", () => {
  const form = { name: "Ngày B", day: "30", month: "12", baseYear: "", lunar: true };
  it("accepts a lunar day 30 and no base year", () => {
    expect(parseCustomEvent(form, 2026, "x")).toEqual({
      id: "x",
      name: "Ngày B",
      day: 30,
      month: 12,
      baseYear: null,
      lunar: true,
    });
  });
  it("refuses a base year in the future or not four digits", () => {
    expect(parseCustomEvent({ ...form, baseYear: "2030" }, 2026, "x")).toBe(
      "Năm gốc phải là năm có bốn chữ số, không muộn hơn năm nay.",
    );
    expect(parseCustomEvent({ ...form, baseYear: "75" }, 2026, "x")).toBe(
      "Năm gốc phải là năm có bốn chữ số, không muộn hơn năm nay.",
    );
    expect(parseCustomEvent({ ...form, name: "  " }, 2026, "x")).toBe("Cần nhập tên ngày kỷ niệm.");
  });
});
