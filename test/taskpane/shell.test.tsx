/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { useApp } from "../../src/taskpane/state/app-context";
import { emptyOrgProfile, sampleOrgProfile } from "../../src/core/org/defaults";
import { createSettingsStore } from "../../src/taskpane/settings/settings-store";
import { initialTab } from "../../src/taskpane/shell/tabs";
import { fakeHost, memoryCapabilities, savedState } from "./fake-host";

// Stand-in tabs expose the services so the test can drive the shell through them.
let services: ReturnType<typeof useApp> | null = null;
let crash = false;
jest.mock("../../src/taskpane/tabs/DraftTab", () => ({
  __esModule: true,
  default: function DraftProbe() {
    services = useApp();
    return <p>nội dung Soạn thảo</p>;
  },
}));
jest.mock("../../src/taskpane/tabs/CheckTab", () => ({
  __esModule: true,
  default: function CheckProbe() {
    services = useApp();
    if (crash) throw new Error("hỏng thử");
    return <p>nội dung Kiểm tra</p>;
  },
}));

function renderApp(props: Partial<Parameters<typeof App>[0]> = {}) {
  const host = fakeHost();
  const settings = createSettingsStore();
  const onDocumentChanged = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={host}
        capabilities={memoryCapabilities}
        settings={settings}
        defaultOrg={emptyOrgProfile()}
        initialTab="soan-thao"
        onDocumentChanged={onDocumentChanged}
        {...props}
      />
    </FluentProvider>,
  );
  return { host, settings, onDocumentChanged };
}

beforeEach(() => {
  window.localStorage.clear();
  services = null;
  crash = false;
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("task pane shell", () => {
  test("shows the five tabs in Vietnamese and the selected tab's content", async () => {
    renderApp();
    const names = ["Soạn thảo", "Kiểm tra", "Ngày kỷ niệm", "Thư viện", "Cài đặt"];
    expect(screen.getAllByRole("tab")).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("tab", { name: "Soạn thảo" }).getAttribute("aria-selected")).toBe("true");
    // Each tab's code loads when it is first opened.
    expect(await screen.findByText("nội dung Soạn thảo")).toBeTruthy();
  });

  test("switching tabs shows the tab and remembers it for next time", async () => {
    const { settings } = renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(await screen.findByText("nội dung Kiểm tra")).toBeTruthy();
    expect(screen.getByRole("tabpanel").getAttribute("data-tab")).toBe("kiem-tra");
    expect(initialTab("", settings)).toBe("kiem-tra");
    expect(initialTab("?tab=cai-dat", settings)).toBe("cai-dat");
    expect(initialTab("?tab=khong-co", settings)).toBe("kiem-tra");
    expect(initialTab("?x=1&tab=thu-vien#y", settings)).toBe("thu-vien");
    expect(initialTab("?tabs=cai-dat", settings)).toBe("kiem-tra");
  });

  test("goToTab from a tab switches the shell", () => {
    renderApp();
    act(() => services!.goToTab("kiem-tra"));
    expect(screen.getByText("nội dung Kiểm tra")).toBeTruthy();
  });

  test("a crashing tab shows a Vietnamese error and the other tabs keep working", () => {
    crash = true;
    renderApp({ initialTab: "kiem-tra" });
    expect(screen.getByRole("alert").textContent).toContain("Trợ lý gặp lỗi và đã dừng phần này");
    expect(screen.getByRole("alert").textContent).toContain("Văn bản của anh/chị không bị thay đổi");
    expect(screen.getByRole("alert").textContent).toContain("hỏng thử");
    fireEvent.click(screen.getByRole("tab", { name: "Soạn thảo" }));
    expect(screen.getByText("nội dung Soạn thảo")).toBeTruthy();
    crash = false;
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByText("nội dung Kiểm tra")).toBeTruthy();
  });

  test("the undo button restores the latest change first, then the one before", async () => {
    const { host, onDocumentChanged } = renderApp();
    expect(screen.queryByRole("button", { name: "Hoàn tác thay đổi của Trợ lý" })).toBeNull();
    act(() => services!.pushUndo(savedState("Sửa 2 lỗi chính tả")));
    act(() => services!.pushUndo(savedState("Chèn phần đầu văn bản")));
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác thay đổi của Trợ lý" }));
    await waitFor(() => expect(screen.getByText("Đã hoàn tác: Chèn phần đầu văn bản.")).toBeTruthy());
    expect(host.restore).toHaveBeenCalledWith(savedState("Chèn phần đầu văn bản"));
    expect(onDocumentChanged).toHaveBeenCalledTimes(1);
    expect(services!.undoStack.map((s) => s.label)).toEqual(["Sửa 2 lỗi chính tả"]);
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác thay đổi của Trợ lý" }));
    await waitFor(() => expect(host.restore).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Hoàn tác thay đổi của Trợ lý" })).toBeNull(),
    );
  });

  test("a failed undo says so and keeps the change on the stack", async () => {
    const { host } = renderApp();
    host.restore.mockRejectedValueOnce(new Error("Word không trả lời."));
    act(() => services!.pushUndo(savedState("Sửa lề")));
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác thay đổi của Trợ lý" }));
    await waitFor(() => expect(screen.getByText(/Không hoàn tác được: Word không trả lời\./)).toBeTruthy());
    expect(services!.undoStack.map((s) => s.label)).toEqual(["Sửa lề"]);
  });

  test("the organisation profile is kept in settings", () => {
    const { settings } = renderApp({ defaultOrg: sampleOrgProfile() });
    expect(services!.org.agencyAbbr).toBe("MTTQ");
    const next = { ...sampleOrgProfile(), agencyAbbr: "UBND" };
    act(() => services!.setOrg(next));
    expect(services!.org.agencyAbbr).toBe("UBND");
    expect(settings.get("org")).toEqual(next);
  });

  test("documentChanged reaches the preview", () => {
    const { onDocumentChanged } = renderApp();
    act(() => services!.documentChanged());
    expect(onDocumentChanged).toHaveBeenCalledTimes(1);
  });
});
