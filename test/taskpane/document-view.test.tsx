/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createModel, defaultParagraphFormat } from "../../src/core/model/create";
import { DocumentView, twipsToPx } from "../../src/taskpane/preview/DocumentView";
import { PreviewLayout } from "../../src/taskpane/preview/PreviewLayout";
import { MemoryHost } from "../../src/host/memory";
import { memoryCapabilities } from "../../src/host/memory/capabilities";
import { DeferredHost } from "../../src/taskpane/preview/deferred-host";

const cellFormat = defaultParagraphFormat({
  alignment: "center",
  indent: { left: 0, right: 0, firstLine: 0 },
});

const model = createModel({
  paragraphs: [
    {
      text: "ỦY BAN NHÂN DÂN",
      cell: { table: 0, row: 0, col: 0 },
      run: { bold: true, size: 13 },
      format: cellFormat,
    },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cell: { table: 0, row: 0, col: 1 }, format: cellFormat },
    { text: "KẾ HOẠCH", format: { alignment: "center" }, run: { bold: true } },
    {
      runs: [
        { text: "Căn cứ " },
        { text: "Luật Thi đua, Khen thưởng", italic: true },
        { text: "\tnăm 2003" },
      ],
      format: { indent: { left: 0, right: 0, firstLine: 720 }, alignment: "both" },
    },
    { text: "" },
  ],
  tables: [
    {
      index: 0,
      depth: 0,
      section: 0,
      hasBorders: false,
      grid: [3600, 5400],
      rows: [
        {
          cells: [
            { paragraphs: [0], width: 3600, gridSpan: 1, hasBorders: false },
            { paragraphs: [1], width: 5400, gridSpan: 1, hasBorders: false },
          ],
        },
      ],
    },
  ],
});

describe("DocumentView", () => {
  test("renders body paragraphs in order with tables in place", () => {
    const { container } = render(<DocumentView model={model} />);
    const blocks = [...container.querySelector("[data-testid=doc-page]")!.children];
    expect(blocks.map((b) => b.tagName)).toEqual(["TABLE", "P", "P", "P"]);
    expect(blocks[0].textContent).toBe("ỦY BAN NHÂN DÂNCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(blocks[1].textContent).toBe("KẾ HOẠCH");
  });

  test("keeps alignment, indents, bold, italic, size and tabs", () => {
    const { container } = render(<DocumentView model={model} />);
    const title = container.querySelector<HTMLElement>('p[data-paragraph="2"]')!;
    expect(title.style.textAlign).toBe("center");
    expect(title.querySelector("span")!.style.fontWeight).toBe("bold");
    const basis = container.querySelector<HTMLElement>('p[data-paragraph="3"]')!;
    expect(basis.style.textAlign).toBe("justify");
    expect(basis.style.textIndent).toBe(`${twipsToPx(720)}px`);
    expect(basis.style.whiteSpace).toBe("pre-wrap");
    const spans = basis.querySelectorAll("span");
    expect(spans[1].style.fontStyle).toBe("italic");
    expect(spans[1].style.fontStyle).not.toBe(spans[0].style.fontStyle);
    expect(spans[2].textContent).toBe("\tnăm 2003");
    const agency = container.querySelector<HTMLElement>('td p[data-paragraph="0"] span')!;
    expect(agency.style.fontSize).toBe("13pt");
    expect(container.querySelector<HTMLElement>("td")!.style.borderStyle).not.toBe("solid");
  });

  test("lays the table's columns out on its grid, as Word does", () => {
    const { container } = render(<DocumentView model={model} />);
    const table = container.querySelector<HTMLElement>("table")!;
    const cols = [...table.querySelectorAll<HTMLElement>("col")].map((c) => c.style.width);
    expect(cols).toEqual([`${twipsToPx(3600)}px`, `${twipsToPx(5400)}px`]);
    expect(table.style.width).toBe(`${twipsToPx(3600) + twipsToPx(5400)}px`);
  });

  test("sizes the page from the section's page setup (A4, NĐ 30 margins)", () => {
    const { container } = render(<DocumentView model={model} />);
    const page = container.querySelector<HTMLElement>("[data-testid=doc-page]")!;
    expect(page.style.width).toBe(`${twipsToPx(11906)}px`);
    expect(page.style.paddingLeft).toBe(`${twipsToPx(model.sections[0].page!.margins.left)}px`);
  });

  test("says so when the document is empty", () => {
    render(<DocumentView model={createModel({ paragraphs: [] })} />);
    expect(screen.getByText("(Văn bản trống)")).toBeTruthy();
  });
});

describe("PreviewLayout", () => {
  /** Renders the layout; the document follows the pane once it is open, which this waits for. */
  async function renderPreview() {
    const host = new MemoryHost(model);
    let changed: () => void = () => undefined;
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewLayout opening={Promise.resolve({ host, model })} initialName="ke-hoach.docx">
          {(onDocumentChanged) => {
            changed = onDocumentChanged;
            return <p>ngăn Trợ lý</p>;
          }}
        </PreviewLayout>
      </FluentProvider>,
    );
    // The pane is there before the document's rendering.
    expect(screen.getByText("ngăn Trợ lý")).toBeTruthy();
    expect(screen.queryByTestId("doc-page")).toBeNull();
    expect(screen.getByTestId("doc-preview").textContent).toContain("Đang mở văn bản mẫu");
    await screen.findByTestId("doc-page");
    return { host, changed: () => changed() };
  }

  test("shows the pane beside the document and follows the host's edits", async () => {
    const { host } = await renderPreview();
    expect(screen.getByText("ngăn Trợ lý")).toBeTruthy();
    expect(screen.getByTestId("doc-preview").textContent).toContain("KẾ HOẠCH");
    await act(async () => {
      await host.applyEdits([
        {
          kind: "replaceText",
          paragraph: 2,
          expectedText: "KẾ HOẠCH",
          start: 0,
          end: 8,
          replacement: "BÁO CÁO",
        },
      ]);
    });
    expect(screen.getByTestId("doc-preview").textContent).toContain("BÁO CÁO");
    expect(screen.getByTestId("doc-preview").textContent).not.toContain("KẾ HOẠCH");
  });

  test("the pane works while the document opens; the document side then shows it", async () => {
    const host = new MemoryHost(model);
    let open!: () => void;
    const opening = new Promise<{ host: MemoryHost; model: typeof model }>((resolve) => {
      open = () => resolve({ host, model });
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewLayout opening={opening} initialName="ke-hoach.docx">
          {() => <button>Chèn</button>}
        </PreviewLayout>
      </FluentProvider>,
    );
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(screen.getByRole("button", { name: "Chèn" })).toBeTruthy();
    expect(screen.queryByTestId("doc-page")).toBeNull();
    expect(screen.getByRole("button", { name: /Tải văn bản/ }).hasAttribute("disabled")).toBe(true);
    await act(async () => open());
    expect(screen.getByTestId("doc-page").textContent).toContain("KẾ HOẠCH");
    expect(screen.queryByText(/Đang mở văn bản mẫu/)).toBeNull();
    expect(screen.getByRole("button", { name: /Tải văn bản/ }).hasAttribute("disabled")).toBe(false);
  });

  test("an insert made while the document opens shows once it is open", async () => {
    const host = new MemoryHost(model);
    let open!: () => void;
    const opening = new Promise<{ host: MemoryHost; model: typeof model }>((resolve) => {
      open = () => resolve({ host, model });
    });
    // As the preview starts: the pane's host waits on the same promise the layout is given.
    const paneHost = new DeferredHost(
      opening.then((opened) => opened.host),
      memoryCapabilities(),
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewLayout opening={opening} initialName="ke-hoach.docx">
          {() => <p>ngăn Trợ lý</p>}
        </PreviewLayout>
      </FluentProvider>,
    );
    const inserted = paneHost.insert([{ kind: "paragraph", runs: [{ text: "Đoạn chèn sớm" }] }], "end");
    await act(async () => {
      open();
      await inserted;
    });
    expect(screen.getByTestId("doc-page").textContent).toContain("Đoạn chèn sớm");
    expect(document.querySelector("[data-inserted]")?.textContent).toBe("Đoạn chèn sớm");
  });

  test("says in one sentence why the document could not be opened, and keeps the pane", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewLayout
          opening={Promise.reject(new Error("Không tải được văn bản mẫu của bản xem thử: mã 404."))}
          initialName="ke-hoach.docx"
        >
          {() => <button>Chèn</button>}
        </PreviewLayout>
      </FluentProvider>,
    );
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Không tải được văn bản mẫu của bản xem thử: mã 404.",
    );
    expect(screen.getByRole("button", { name: "Chèn" })).toBeTruthy();
    expect(screen.queryByText(/Đang mở văn bản mẫu/)).toBeNull();
  });

  test("documentChanged re-reads the host", async () => {
    const { host, changed } = await renderPreview();
    const read = jest.spyOn(host, "read");
    await act(async () => changed());
    expect(read).toHaveBeenCalledTimes(1);
  });

  test("highlights the selected span and marks commented paragraphs", async () => {
    const { host } = await renderPreview();
    await act(async () => host.select(3, { start: 7, end: 32 }));
    expect(screen.getByTestId("selected-span").textContent).toBe("Luật Thi đua, Khen thưởng");
    await act(async () => {
      await host.addComments([
        {
          rule: "r",
          severity: "error",
          message: "Thiếu dấu chấm.",
          paragraph: 3,
          excerpt: "",
          fixable: false,
        },
      ]);
    });
    const commented = document.querySelector<HTMLElement>('[data-testid=doc-page] p[data-paragraph="3"]')!;
    expect(commented.getAttribute("data-comments")).toBe("1");
    expect(commented.title).toContain("Thiếu dấu chấm.");
  });
});
