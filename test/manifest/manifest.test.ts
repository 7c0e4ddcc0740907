// Offline structural check of manifest.xml. No registry ships the add-in manifest XSDs and office-addin-manifest's
// `validate` needs Microsoft's online service, so this checks what the schema requires and what Word relies on.
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { SaxesParser } from "saxes";

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

const root = join(__dirname, "..", "..");

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Node[] = [];
  let top: Node | null = null;
  parser.on("opentag", (tag) => {
    const node: Node = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else top = node;
    stack.push(node);
  });
  parser.on("text", (text) => {
    if (stack.length) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!top) throw new Error("empty manifest");
  return top;
}

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const child = (node: Node, name: string): Node => {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`${node.name} has no ${name}`);
  return found;
};

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifest = parse(readFileSync(join(root, "manifest.xml"), "utf8"));
const nodes = all(manifest);
const overrides = child(manifest, "VersionOverrides");
const resources = child(overrides, "Resources");
const resource = (group: string) =>
  new Map(child(resources, group).children.map((c) => [c.attributes.id, c]));
const images = resource("bt:Images");
const urls = resource("bt:Urls");
const shortStrings = resource("bt:ShortStrings");
const longStrings = resource("bt:LongStrings");
const TABS = ["soan-thao", "kiem-tra", "ngay-ky-niem", "thu-vien", "cai-dat"];

describe("manifest.xml", () => {
  test("is a Word task-pane add-in with the top-level elements in schema order", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(manifest.children.map((c) => c.name)).toEqual(order);
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(manifest, "Version").text).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(child(manifest, "Hosts").children.map((h) => h.attributes.Name)).toEqual(["Document"]);
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  // WordApi 1.3: insert and restore use ParagraphCollection.getFirst/getLast, Range.expandTo and friends, and
  // below it body.paragraphs leaves out table paragraphs (docs/word-behaviour.md, "Requirement sets").
  test("declares WordApi 1.3 as the minimum requirement set", () => {
    const sets = child(child(manifest, "Requirements"), "Sets");
    expect(sets.attributes.DefaultMinVersion).toBe("1.3");
    expect(sets.children.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([
      ["WordApi", "1.3"],
    ]);
  });

  test("uses https for every URL", () => {
    const values = nodes.flatMap((n) => Object.values(n.attributes)).filter((v) => /^[a-z]+:\/\//i.test(v));
    const urlValues = values.filter(
      (v) => !v.startsWith("http://schemas.") && !v.startsWith("http://www.w3.org/"),
    );
    expect(urlValues.length).toBeGreaterThan(20);
    for (const value of urlValues) expect(value).toMatch(/^https:\/\//);
  });

  test("defines every resid it uses, with unique ids", () => {
    const defined = [images, urls, shortStrings, longStrings].flatMap((m) => [...m.keys()]);
    expect(new Set(defined).size).toBe(defined.length);
    const used = nodes.map((n) => n.attributes.resid).filter(Boolean);
    expect(used.length).toBeGreaterThan(30);
    for (const resid of used) expect(defined).toContain(resid);
    for (const id of defined) expect(used).toContain(id);
    const controlIds = nodes.filter((n) => ["Group", "Control"].includes(n.name)).map((n) => n.attributes.id);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    for (const id of [...defined, ...controlIds]) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("keeps strings within the schema's lengths", () => {
    for (const s of shortStrings.values()) expect(s.attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(s.attributes.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(child(manifest, "DisplayName").attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(manifest, "Description").attributes.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test("puts a Văn thư group on the Home tab with one button per task-pane tab", () => {
    const host = child(child(overrides, "Hosts"), "Host");
    expect(host.attributes["xsi:type"]).toBe("Document");
    const form = child(host, "DesktopFormFactor");
    expect(urls.has(child(form, "FunctionFile").attributes.resid)).toBe(true);
    const officeTab = child(child(form, "ExtensionPoint"), "OfficeTab");
    expect(officeTab.attributes.id).toBe("TabHome");
    const group = child(officeTab, "Group");
    expect(shortStrings.get(child(group, "Label").attributes.resid)?.attributes.DefaultValue).toBe("Văn thư");
    const buttons = group.children.filter((c) => c.name === "Control");
    const tabs = buttons.map((button) => {
      expect(button.attributes["xsi:type"]).toBe("Button");
      const action = child(button, "Action");
      expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
      // One shared pane: a second button reloads it on its own tab instead of opening another pane.
      expect(child(action, "TaskpaneId").text).toBe("VanThu.Taskpane");
      const url = new URL(
        urls.get(child(action, "SourceLocation").attributes.resid)!.attributes.DefaultValue,
      );
      expect(url.pathname).toBe("/taskpane.html");
      return url.searchParams.get("tab");
    });
    expect(tabs).toEqual(TABS);
  });

  test("points every icon at a PNG in assets/ of the declared size", () => {
    const iconUrls: [string, number][] = [
      [child(manifest, "IconUrl").attributes.DefaultValue, 32],
      [child(manifest, "HighResolutionIconUrl").attributes.DefaultValue, 64],
    ];
    for (const image of nodes.filter((n) => n.name === "bt:Image" && n.attributes.size)) {
      iconUrls.push([
        images.get(image.attributes.resid)!.attributes.DefaultValue,
        Number(image.attributes.size),
      ]);
      expect(["16", "32", "80"]).toContain(image.attributes.size);
    }
    for (const [url, size] of iconUrls) {
      const file = join(root, new URL(url).pathname);
      expect(file).toContain(join(root, "assets"));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("every Icon offers 16, 32 and 80 px", () => {
    const icons = nodes.filter((n) => n.name === "Icon");
    expect(icons.length).toBe(6);
    for (const icon of icons) expect(icon.children.map((c) => c.attributes.size)).toEqual(["16", "32", "80"]);
  });

  test("serves everything from one origin, which the build can replace", () => {
    const origins = new Set(
      nodes
        .flatMap((n) => Object.values(n.attributes))
        .filter((v) => v.startsWith("https://"))
        .map((v) => new URL(v).origin),
    );
    expect([...origins]).toEqual(["https://localhost:3000"]);
    const source = child(child(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue;
    expect(source).toBe("https://localhost:3000/taskpane.html");
  });
});
