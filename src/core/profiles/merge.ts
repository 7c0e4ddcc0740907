// An organisation's own profile extends a built-in one. It may tighten a mandatory rule (enable it, raise its
// severity, narrow a range, demand more spacing) but never weaken it; weakening settings are refused and the
// built-in setting stays.
import type { Profile, RuleMeta, RuleOptions, RuleSetting, Severity } from "../rules/types";

export interface ProfileRefusal {
  rule: string;
  /** Vietnamese reason shown in the settings tab. */
  reason: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Numeric options where a larger value is stricter. */
const LARGER_IS_STRICTER = new Set(["minGap"]);
/** Boolean options where true is stricter, and where false is. */
const TRUE_IS_STRICTER = new Set(["lineUnder"]);
const FALSE_IS_STRICTER = new Set(["allowCV"]);

const isRange = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === "number" && typeof v[1] === "number";

/** Why `own` weakens `base` for option `key`, or null when it does not. */
function weakens(key: string, base: unknown, own: unknown): string | null {
  if (base === undefined) return `tùy chọn “${key}” không có trong hồ sơ gốc`;
  if (isRange(base) && isRange(own))
    return own[0] >= base[0] && own[1] <= base[1] ? null : `khoảng “${key}” rộng hơn ${base[0]}–${base[1]}`;
  if (typeof base === "number" && typeof own === "number") {
    if (own === base || (LARGER_IS_STRICTER.has(key) && own > base)) return null;
    return `giá trị “${key}” khác ${base}`;
  }
  if (typeof base === "boolean" && typeof own === "boolean") {
    if (own === base || (TRUE_IS_STRICTER.has(key) && own) || (FALSE_IS_STRICTER.has(key) && !own))
      return null;
    return `tùy chọn “${key}” nới lỏng quy định`;
  }
  return JSON.stringify(base) === JSON.stringify(own) ? null : `giá trị “${key}” khác quy định`;
}

function mergeOptions(
  rule: string,
  base: RuleOptions,
  own: RuleOptions,
  mandatory: boolean,
  refused: ProfileRefusal[],
): RuleOptions {
  const out: RuleOptions = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const why = mandatory ? weakens(key, base[key], value) : null;
    if (why)
      refused.push({
        rule,
        reason: `Không áp dụng: ${why} — quy tắc bắt buộc chỉ được siết chặt, không được nới lỏng.`,
      });
    else out[key] = value;
  }
  return out;
}

/** The built-in profile with the organisation's settings applied where they tighten (or touch non-mandatory rules). */
export function mergeProfile(
  base: Profile,
  own: Profile,
  metas: RuleMeta[],
): { profile: Profile; refused: ProfileRefusal[] } {
  const refused: ProfileRefusal[] = [];
  const rules: Record<string, RuleSetting> = { ...base.rules };
  const metaOf = new Map(metas.map((m) => [m.id, m]));
  for (const [id, setting] of Object.entries(own.rules)) {
    const meta = metaOf.get(id);
    const mandatory = meta?.normativity === "mandatory";
    const current: RuleSetting = base.rules[id] ?? { enabled: true };
    const merged: RuleSetting = { ...current };
    if (setting.enabled === false && mandatory && current.enabled !== false)
      refused.push({ rule: id, reason: "Không áp dụng: không được tắt một quy tắc bắt buộc." });
    else merged.enabled = setting.enabled;
    if (setting.severity) {
      const baseSeverity = current.severity ?? meta?.severity ?? "info";
      if (mandatory && RANK[setting.severity] < RANK[baseSeverity])
        refused.push({
          rule: id,
          reason: `Không áp dụng: không được hạ mức độ từ “${baseSeverity}” xuống “${setting.severity}”.`,
        });
      else merged.severity = setting.severity;
    }
    if (setting.options)
      merged.options = mergeOptions(id, current.options ?? {}, setting.options, mandatory, refused);
    rules[id] = merged;
  }
  return {
    profile: { id: own.id, name: own.name, extends: own.extends ?? (base.id as Profile["extends"]), rules },
    refused,
  };
}
