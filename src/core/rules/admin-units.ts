// admin-units: since 01/7/2025 Viet Nam has 34 provinces and communes (xã, phường, đặc khu) with no district level
// (Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 2025). A document dated on or after that day that
// names a district-level body or list, a merged province or a commune that was merged gets the unit that replaced
// it; one dated before names no unit created that day. Historical mentions stay silent (units/history.ts).
import { earliestDate } from "../analysis/analyze";
import { isoDate } from "../laws/laws";
import { provinceContext } from "../units/context";
import { isHistorical } from "../units/history";
import {
  findDistrictLists,
  findMentions,
  findTownKinds,
  type Keyword,
  type Mention,
} from "../units/mentions";
import type { Commune, Province, Units } from "../units/types";
import { spanFinding, textParagraphs, type TextParagraph } from "./text-paragraphs";
import type { FindingInput, Rule, RuleContext } from "./types";

const REFORM = { year: 2025, month: 7, day: 1 };
const PROVINCES_BASIS = "Nghị quyết 202/2025/QH15";
const LEVEL_BASIS = "Luật Tổ chức chính quyền địa phương 2025";
const DISTRICT: Keyword[] = ["huyện", "quận", "thị xã"];
const COMMUNE: Keyword[] = ["xã", "phường", "thị trấn", "đặc khu"];
const SHOWN = 6;

export const adminUnits: Rule = {
  meta: {
    id: "admin-units",
    title: "Đơn vị hành chính theo ngày văn bản",
    description:
      "Văn bản từ ngày 01/7/2025 không nêu đơn vị cấp huyện, tỉnh đã hợp nhất hay xã đã sắp xếp; văn bản trước ngày đó không nêu đơn vị chưa có.",
    legalBasis: [
      { instrument: "Nghị quyết 202/2025/QH15", locator: "Điều 1" },
      { instrument: "Luật Tổ chức chính quyền địa phương 2025", locator: "Điều 2" },
    ],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "suggest-only",
  },
  datasets: ["units"],
  check(ctx) {
    const units = ctx.datasets.units;
    const date = ctx.analysis.date;
    // A date line with its day left blank still places the document before or after 01/7/2025 (the first of a
    // month); only the check after the reform runs on it, the one before names the day.
    const earliest = earliestDate(ctx.analysis);
    if (!units || !earliest) return [];
    const after =
      earliest.year * 10000 + earliest.month * 100 + earliest.day >=
      REFORM.year * 10000 + REFORM.month * 100 + REFORM.day;
    if (!after && !date) return [];
    const skip = new Set(ctx.analysis.header.legalBasis);
    const paragraphs = textParagraphs(ctx).filter(
      (tp) => tp.paragraph.index === null || !skip.has(tp.paragraph.index),
    );
    const context = provinceContext(
      units,
      paragraphs.map((tp) => tp.text),
      ctx.org?.province,
    );
    const out: FindingInput[] = [];
    for (const tp of paragraphs) {
      if (after) out.push(...afterReform(ctx, units, context, tp));
      else if (date) out.push(...beforeReform(ctx, units, context, tp, date));
    }
    return out;
  },
};

/** Names each keyword may take at all (a mention with any other name is left alone). */
function knownName(units: Units) {
  return (keyword: Keyword, key: string): boolean => {
    if (keyword === "tỉnh") return units.provinceByName.has(key) || units.oldProvinceByName.has(key);
    if (keyword === "thành phố")
      return (
        units.provinceByName.has(key) ||
        units.oldProvinceByName.has(key) ||
        (units.oldDistrictsByName.get(key) ?? []).some((d) => d.type === "Thành phố")
      );
    if (DISTRICT.includes(keyword)) return units.oldDistrictsByName.has(key);
    return units.communesByName.has(key) || units.oldCommunesByName.has(key);
  };
}

function afterReform(
  ctx: RuleContext,
  units: Units,
  context: Set<Province>,
  tp: TextParagraph,
): FindingInput[] {
  const out: FindingInput[] = [];
  const report = (start: number, end: number, message: string) =>
    out.push(spanFinding(ctx, tp, { start, end, message }));
  for (const l of findDistrictLists(tp.text)) {
    if (isHistorical(tp.text, l.start, l.end)) continue;
    report(
      l.start,
      l.end,
      `Từ 01/7/2025 không còn đơn vị hành chính cấp huyện (${LEVEL_BASIS}): thay “${l.text}” bằng cấp tỉnh hoặc các xã, phường cụ thể.`,
    );
  }
  for (const l of findTownKinds(tp.text)) {
    if (isHistorical(tp.text, l.start, l.end)) continue;
    report(
      l.start,
      l.end,
      `Từ 01/7/2025 không còn thị trấn (${LEVEL_BASIS}): đơn vị hành chính cấp xã gồm xã, phường và đặc khu.`,
    );
  }
  for (const m of findMentions(tp.text, knownName(units))) {
    if (isHistorical(tp.text, m.start, m.end)) continue;
    const message = staleAfter(units, context, m);
    if (message) report(m.start, m.end, message);
  }
  return out;
}

/** Why a mention is out of date after 01/7/2025, or null when it names a unit that exists. */
function staleAfter(units: Units, context: Set<Province>, m: Mention): string | null {
  if (m.keyword === "tỉnh" || m.keyword === "thành phố") {
    if (units.provinceByName.has(m.key)) return null;
    const old = units.oldProvinceByName.get(m.key);
    if (old)
      return `Từ 01/7/2025 ${old.type.toLowerCase()} ${old.name} đã hợp nhất vào ${label(old.into)} (${PROVINCES_BASIS}): viết “${label(old.into)}”.`;
    return districtMessage(units, context, m);
  }
  if (DISTRICT.includes(m.keyword)) return districtMessage(units, context, m);
  const current = inContext(units.communesByName.get(m.key) ?? [], context, (c) => c.province);
  if (current.length > 0 && m.keyword !== "thị trấn") return null;
  const olds = inContext(units.oldCommunesByName.get(m.key) ?? [], context, (o) => o.district.province.into);
  if (olds.length === 0) return null;
  const into = unique(olds.flatMap((o) => o.into));
  return `Từ 01/7/2025 ${m.written.toLowerCase()} ${olds[0].name} không còn (${resolutions(units, into)}): nay thuộc ${communeList(into, "hoặc")}.`;
}

function districtMessage(units: Units, context: Set<Province>, m: Mention): string | null {
  const districts = inContext(units.oldDistrictsByName.get(m.key) ?? [], context, (d) => d.province.into);
  if (districts.length === 0) return null;
  const into = unique(districts.flatMap((d) => d.into));
  const where = districts.length === 1 ? `, ${label(districts[0].province.into)}` : "";
  const name = `${districts[0].type.toLowerCase()} ${districts[0].name}`;
  return `Từ 01/7/2025 không còn đơn vị hành chính cấp huyện (${LEVEL_BASIS}): địa bàn ${name} nay thuộc ${communeList(into, "và")}${where} (${resolutions(units, into)}).`;
}

function beforeReform(
  ctx: RuleContext,
  units: Units,
  context: Set<Province>,
  tp: TextParagraph,
  date: { day: number; month: number; year: number },
): FindingInput[] {
  // Without the province, a commune name cannot be placed: it may be an older unit of the same name elsewhere. Before
  // the date of the data's list of units before, a name missing from it may be a unit merged since: only a đặc khu
  // (a kind of unit that did not exist before 01/7/2025) is then certain.
  if (context.size === 0) return [];
  const listed = isoDate(date) >= units.oldAsOf;
  const when = `${String(date.day).padStart(2, "0")}/${String(date.month).padStart(2, "0")}/${date.year}`;
  const out: FindingInput[] = [];
  const known = (k: Keyword, key: string) => COMMUNE.includes(k) && units.communesByName.has(key);
  for (const m of findMentions(tp.text, known)) {
    const current = inContext(units.communesByName.get(m.key) ?? [], context, (c) => c.province);
    if (current.length === 0) continue;
    const existed =
      inContext(units.oldCommunesByName.get(m.key) ?? [], context, (o) => o.district.province.into).length >
        0 || inContext(units.oldDistrictsByName.get(m.key) ?? [], context, (d) => d.province.into).length > 0;
    if (m.keyword !== "đặc khu" && (existed || !listed)) continue;
    out.push(
      spanFinding(ctx, tp, {
        start: m.start,
        end: m.end,
        message: `${capitalise(m.written.toLowerCase())} ${m.name} chỉ có từ ngày 01/7/2025 (${resolutions(units, current)}); văn bản ngày ${when} phải nêu đơn vị hành chính của thời điểm đó.`,
      }),
    );
  }
  return out;
}

/** The candidates in the document's provinces, or all of them when the document names none. */
function inContext<T>(all: T[], context: Set<Province>, province: (t: T) => Province): T[] {
  if (context.size === 0) return all;
  return all.filter((t) => context.has(province(t)));
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function label(p: Province): string {
  return `${p.type.toLowerCase()} ${p.name}`;
}

function communeList(into: Commune[], joiner: string): string {
  const names = into.slice(0, SHOWN).map((c) => `${c.type.toLowerCase()} ${c.name}`);
  if (into.length > SHOWN) return `${names.join(", ")}… (${into.length} đơn vị)`;
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} ${joiner} ${names[names.length - 1]}`
    : names[0];
}

function resolutions(units: Units, communes: Commune[]): string {
  const list = unique(communes.map((c) => units.resolutionOf(c.province)));
  return `Nghị quyết ${list.join(", ")}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
