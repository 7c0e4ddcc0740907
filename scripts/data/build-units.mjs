// Rebuilds src/core/units/data/units-json.ts from the MIT-licensed dataset github.com/dvhcvn/20250701 (mapping of every
// administrative unit before 01/7/2025 to the units after it, built from the National Statistics Office lists
// 915/CTK-CSCL and 1027/CTK-CSCL and the UBTVQH resolutions 1654–1687/NQ-UBTVQH15).
//
//   git clone https://github.com/dvhcvn/20250701 /tmp/dvhcvn-20250701
//   node scripts/data/build-units.mjs /tmp/dvhcvn-20250701
//
// Inputs: mapping/merges.json (34 provinces, 3,321 communes, which old units each took in), mapping/splits.json
// (63 provinces, 10,047 communes, which new unit each went into) and output/<province>/<district>/<commune>.json
// (the old full address, the only place that names the old district of each commune).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
if (!root) {
  console.error("Cách dùng: node scripts/data/build-units.mjs <thư mục bản sao dvhcvn/20250701>");
  process.exit(2);
}
const out = new URL("../../src/core/units/data/units-json.ts", import.meta.url);
const json = (p) => JSON.parse(readFileSync(join(root, p), "utf8"));

/**
 * Kiểu cũ tone placement, the spelling of the statistics office's lists and of NĐ 30 ("Hòa", "Thủy"): the source
 * mixes in kiểu mới ("Hoà Bình"). Only open oa/oe/uy syllables move; "quý" keeps its mark (qu- onset).
 */
const MARKED = {
  à: "a",
  á: "a",
  ả: "a",
  ã: "a",
  ạ: "a",
  è: "e",
  é: "e",
  ẻ: "e",
  ẽ: "e",
  ẹ: "e",
  ỳ: "y",
  ý: "y",
  ỷ: "y",
  ỹ: "y",
  ỵ: "y",
};
const TONE = { à: "\u0300", á: "\u0301", ả: "\u0309", ã: "\u0303", ạ: "\u0323" };
const toneOf = (ch) => TONE[MARKED[ch] === "a" ? ch : "àáảãạ"["èéẻẽẹỳýỷỹỵ".indexOf(ch) % 5]];
function oldStyle(name) {
  return name.replace(
    /(^|[^qQ\p{L}]|[\p{L}&&[^qQ]])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gv,
    (m, pre, v, marked) => {
      if ((v === "o" || v === "O") === /[ỳýỷỹỵ]/.test(marked)) return m;
      return `${pre}${(v + toneOf(marked)).normalize("NFC")}${MARKED[marked]}`;
    },
  );
}

const TYPES = ["Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Thị trấn", "Huyện", "Quận", "Thị xã"];
/** "Thành Phố Bắc Kạn" → [1, "Bắc Kạn"]: the type's index and the bare name. */
function split(full) {
  const norm = full
    .replace(/^Thành Phố /, "Thành phố ")
    .replace(/^Thị Xã /, "Thị xã ")
    .replace(/^Thị Trấn /, "Thị trấn ")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
  const type = [...TYPES].sort((a, b) => b.length - a.length).find((t) => norm.startsWith(`${t} `));
  if (!type) throw new Error(`unknown unit type: ${full}`);
  return [TYPES.indexOf(type), oldStyle(norm.slice(type.length + 1).trim())];
}

const merges = json("mapping/merges.json").data;
const splits = json("mapping/splits.json").data;

// After 01/7/2025.
const provinces = merges.map((p) => [Number(p.level1_id), ...split(p.name)]);
const communes = { code: [], type: [], name: [], province: [] };
const communeIndex = new Map();
merges.forEach((p, pi) => {
  for (const c of p.level2s) {
    const [type, name] = split(c.name);
    communeIndex.set(c.level2_id, communes.code.length);
    communes.code.push(Number(c.level2_id));
    communes.type.push(type);
    communes.name.push(name);
    communes.province.push(pi);
  }
});

// Before: provinces with the new province each went into.
const newProvinceIndex = new Map(merges.map((p, i) => [p.level1_id, i]));
const oldProvinces = splits.map((p) => {
  if (p.splits.length !== 1) throw new Error(`province split: ${p.name}`);
  return [Number(p.level1_id), ...split(p.name), newProvinceIndex.get(p.splits[0].new_id)];
});

// The UBTVQH resolution that arranged each new province's communes: the one most cited for its communes.
const votes = provinces.map(() => new Map());
function vote(wardCode, resolution) {
  const i = communeIndex.get(wardCode);
  if (i === undefined || !resolution) return;
  const tally = votes[communes.province[i]];
  tally.set(resolution, (tally.get(resolution) ?? 0) + 1);
}

// Old districts from the addresses, in code order within each province.
const districts = new Map(); // "pp/ddd" → name
const communeDistrict = new Map(); // commune code → "pp/ddd"
const outDir = join(root, "output");
for (const p of readdirSync(outDir).filter((x) => !x.endsWith(".json"))) {
  for (const entry of readdirSync(join(outDir, p))) {
    const path = join(outDir, p, entry);
    if (!statSync(path).isDirectory()) {
      // A district with no commune (Côn Đảo, Hoàng Sa, Lý Sơn, Bạch Long Vĩ, Cồn Cỏ).
      districts.set(
        `${p}/${entry.replace(".json", "")}`,
        JSON.parse(readFileSync(path, "utf8")).address.split(", ")[0],
      );
      continue;
    }
    for (const f of readdirSync(path)) {
      const record = JSON.parse(readFileSync(join(path, f), "utf8"));
      for (const r of record.result ?? [])
        vote(r.ward_code, /^(\d+\/NQ-UBTVQH15)/.exec(r.citation?.header ?? "")?.[1]);
      const parts = record.address.split(", ");
      // Usually "commune, district, province"; a few list the district first.
      const name = /^(Xã|Phường|Thị trấn) /.test(parts[0]) ? parts[1] : parts[0];
      districts.set(`${p}/${entry}`, name);
      communeDistrict.set(f.replace(".json", ""), `${p}/${entry}`);
    }
  }
}
const districtKeys = [...districts.keys()].sort();
const oldProvinceIndex = new Map(splits.map((p, i) => [p.level1_id, i]));
const oldDistricts = { code: [], type: [], name: [], province: [], into: [] };
const level2Into = new Map();
for (const p of splits)
  for (const d of p.level2s ?? [])
    level2Into.set(
      d.level2_id,
      d.splits.map((s) => communeIndex.get(s.new_id)),
    );
for (const key of districtKeys) {
  const [p, d] = key.split("/");
  const [type, name] = split(districts.get(key));
  oldDistricts.code.push(Number(d));
  oldDistricts.type.push(type);
  oldDistricts.name.push(name);
  oldDistricts.province.push(oldProvinceIndex.get(p));
  const into = level2Into.get(d);
  oldDistricts.into.push(into ? one(into) : null);
}
const districtIndex = new Map(districtKeys.map((k, i) => [k, i]));

const oldCommunes = { code: [], type: [], name: [], district: [], into: [] };
for (const p of splits) {
  for (const c of p.level3s) {
    const [type, name] = split(c.name);
    const into = c.splits.map((s) => {
      const i = communeIndex.get(s.new_id);
      if (i === undefined) throw new Error(`unknown new commune ${s.new_id} for ${c.name}`);
      return i;
    });
    oldCommunes.code.push(Number(c.level3_id));
    oldCommunes.type.push(type);
    oldCommunes.name.push(name);
    oldCommunes.district.push(districtIndex.get(communeDistrict.get(c.level3_id)));
    oldCommunes.into.push(one(into));
  }
}

const resolutions = votes.map((tally, i) => {
  const best = [...tally].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`no resolution for ${provinces[i][2]}`);
  return best[0];
});

function one(list) {
  return list.length === 1 ? list[0] : list;
}

const { oldCommunes: communesBefore, ...data } = {
  source:
    "dvhcvn/20250701 (MIT, https://github.com/dvhcvn/20250701): danh mục của Cục Thống kê (915/CTK-CSCL, 1027/CTK-CSCL), Nghị quyết 202/2025/QH15, các Nghị quyết 1654–1687/NQ-UBTVQH15",
  effective: "2025-07-01",
  // The list of units before is dvhcvn's of 01/3/2025 (its data/date.txt): units merged earlier are not in it.
  oldAsOf: "2025-03-01",
  types: TYPES,
  provinces,
  resolutions,
  oldProvinces,
  communes,
  oldDistricts,
  oldCommunes,
};
// A string for JSON.parse rather than a .json import: bundlers such as esbuild (the CLI) turn JSON into an object
// literal, which takes V8 several times longer to parse than the same text given to JSON.parse.
writeFileSync(
  out,
  `// Generated by scripts/data/build-units.mjs from dvhcvn/20250701 (MIT); do not edit by hand.\n` +
    `export const UNITS_JSON = ${JSON.stringify(JSON.stringify(data))};\n` +
    `/** The 10,047 communes before 01/7/2025, parsed only when a check first needs them. */\n` +
    `export const OLD_COMMUNES_JSON = ${JSON.stringify(JSON.stringify(communesBefore))};\n`,
);
console.error(
  `${provinces.length} tỉnh, ${communes.code.length} xã mới; ${oldProvinces.length} tỉnh, ${oldDistricts.code.length} huyện, ${oldCommunes.code.length} xã cũ`,
);
