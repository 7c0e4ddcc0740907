/** @jest-environment jsdom */
// The Kiểm tra tab against the in-memory host: check, navigate, fix all of a safe rule, comments.
import { fireEvent, screen, within } from "@testing-library/react";
import { createModel } from "../../src/core/model/create";
import { sampleOrgProfile } from "../../src/core/org/defaults";
import CheckTab from "../../src/taskpane/tabs/CheckTab";
import { renderTab } from "./app-harness";

jest.setTimeout(60_000);

const bodyText = "Đẩy mạnh phong trào thi đua  yêu nước , huy động mọi nguồn lực.";

function draft() {
  return createModel({
    paragraphs: [
      {
        text: "KẾ HOẠCH",
        run: { bold: true },
        format: { alignment: "center", indent: { left: 0, right: 0, firstLine: 0 } },
      },
      { text: "Công tác thi đua năm 2017", run: { bold: true }, format: { alignment: "center" } },
      bodyText,
      { text: "Nâng cao chất lượng công tác khen thưởng.", format: { alignment: "left" } },
    ],
  });
}

async function runCheck() {
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  return screen.findByText(/\d+ lỗi · \d+ cảnh báo · \d+ gợi ý/);
}

describe("Kiểm tra tab", () => {
  it("lists findings grouped by rule, selects the paragraph of a finding, and fixes all of a safe rule", async () => {
    const { host, undo } = await renderTab(<CheckTab />, draft(), { ...sampleOrgProfile(), profile: "nd30" });
    await runCheck();
    const spacing = screen.getByRole("button", { name: /^\d+\s*Dấu cách$/ });
    expect(within(spacing).getByText("2")).toBeTruthy();
    fireEvent.click(spacing);
    fireEvent.click(screen.getAllByRole("button", { name: /Cảnh báo · Đoạn 3/ })[0]);
    await new Promise((r) => setTimeout(r, 0));
    expect(host.getSelection()?.paragraph).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Sửa tất cả (2)" }));
    await screen.findByText(/Đã sửa 2 chỗ\./);
    expect(host.snapshot().paragraphs[2].text).toBe(
      "Đẩy mạnh phong trào thi đua yêu nước, huy động mọi nguồn lực.",
    );
    expect(undo).toHaveLength(1);
    expect(screen.queryByRole("button", { name: /^\d+\s*Dấu cách$/ })).toBeNull();
  });

  it("checks blanks as a draft by default and as errors once “Trước khi ban hành” is chosen", async () => {
    const model = createModel({
      paragraphs: [
        { text: "KẾ HOẠCH", run: { bold: true }, format: { alignment: "center" } },
        { text: "Công tác thi đua năm 2017", run: { bold: true }, format: { alignment: "center" } },
        "Giao [Tên đơn vị] chủ trì thực hiện.",
      ],
    });
    await renderTab(<CheckTab />, model, sampleOrgProfile());
    await runCheck();
    const blanks = () => screen.getByRole("button", { name: /^\d+\s*Chỗ trống chưa điền$/ });
    fireEvent.click(blanks());
    expect(screen.getAllByRole("button", { name: /Cảnh báo · Đoạn 3/ }).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole("combobox", { name: "Giai đoạn" }), { target: { value: "final" } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await screen.findByText(/[1-9]\d* lỗi · \d+ cảnh báo/);
    fireEvent.click(blanks());
    expect(screen.getAllByRole("button", { name: /Lỗi · Đoạn 3/ }).length).toBeGreaterThan(0);
  });

  it("leaves findings as comments where the host supports them, and says why not elsewhere", async () => {
    const { host, unmount } = await renderTab(<CheckTab />, draft(), sampleOrgProfile());
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: "Ghi thành nhận xét" }));
    await screen.findByText(/Đã ghi \d+ nhận xét/);
    expect(host.comments().length).toBeGreaterThan(0);
    unmount();

    await renderTab(<CheckTab />, draft(), sampleOrgProfile(), {
      comments: false,
      reasons: { comments: "cần WordApi 1.4" },
    });
    await runCheck();
    expect(screen.queryByRole("button", { name: "Ghi thành nhận xét" })).toBeNull();
    expect(screen.getByText(/cần WordApi 1\.4/)).toBeTruthy();
  });
});
