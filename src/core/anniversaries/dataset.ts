// The built-in dataset: national days, provincial layers, organisations and sources, checked on load.
import langSon from "./data/provinces/lang-son.json";
import national from "./data/national.json";
import organisations from "./data/organisations.json";
import sources from "./data/sources.json";
import { CATEGORIES, type AnniversaryEvent, type Dataset, type ProvinceLayer } from "./types";

/** Problems in a dataset (empty when it is sound): used by tests and when a province layer is replaced. */
export function validateDataset(data: Dataset): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const all = [...data.national, ...Object.values(data.provinces).flatMap((p) => p.events)];
  for (const e of all) {
    const where = `${e.id}:`;
    if (ids.has(e.id)) problems.push(`${where} trùng mã`);
    ids.add(e.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) problems.push(`${where} mã không hợp lệ`);
    if (!e.name || e.name !== e.name.normalize("NFC"))
      problems.push(`${where} tên rỗng hoặc không ở dạng NFC`);
    if (!Number.isInteger(e.month) || e.month < 1 || e.month > 12) problems.push(`${where} tháng sai`);
    const maxDay =
      e.calendar === "lunar" ? 30 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][e.month - 1];
    if (!Number.isInteger(e.day) || e.day < 1 || e.day > maxDay) problems.push(`${where} ngày sai`);
    if (e.baseYear !== null && (!Number.isInteger(e.baseYear) || e.baseYear < 1000))
      problems.push(`${where} năm gốc sai`);
    if (e.countFrom === "instituted" && !e.institutedYear) problems.push(`${where} thiếu năm thiết lập`);
    if (!CATEGORIES.includes(e.category)) problems.push(`${where} nhóm không có`);
    for (const s of e.sources) if (!(s in data.sources)) problems.push(`${where} nguồn ${s} không có`);
    if (e.verification !== "unverified" && e.sources.length === 0) problems.push(`${where} thiếu nguồn`);
    for (const o of e.orgs ?? [])
      if (!(o in data.organisations)) problems.push(`${where} tổ chức ${o} không có`);
  }
  return problems;
}

export const builtinDataset: Dataset = {
  national: national as AnniversaryEvent[],
  provinces: { "lang-son": langSon as ProvinceLayer },
  organisations,
  sources,
};

/** The dataset with one province layer replaced (or added). */
export function withProvinceLayer(data: Dataset, layer: ProvinceLayer): Dataset {
  return { ...data, provinces: { ...data.provinces, [layer.id]: layer } };
}

export function findEvent(data: Dataset, id: string): AnniversaryEvent | undefined {
  return [...data.national, ...Object.values(data.provinces).flatMap((p) => p.events)].find(
    (e) => e.id === id,
  );
}
