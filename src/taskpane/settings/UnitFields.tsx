// Tỉnh and xã of the organisation profile, picked from the administrative units after 01/7/2025. The units load
// (their own chunk) when one of the two fields is first focused; until then, or if they cannot load, the fields take
// typed text like the others. The choices are a native <datalist>: no extra component code in the pane's first load.
import { useId, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { loadDatasets } from "../../core/rules/datasets";
import { currentProvince } from "../../core/units/context";
import { unitKey } from "../../core/units/key";
import type { Units } from "../../core/units/types";
import { settings as t } from "../i18n/vi/settings";

interface Props {
  province: string;
  commune: string;
  onChange(next: { province: string; commune: string }): void;
}

type Load = { state: "idle" | "loading" | "failed" } | { state: "ready"; units: Units };

export function UnitFields({ province, commune, onChange }: Props) {
  const [load, setLoad] = useState<Load>({ state: "idle" });
  const provinceList = useId();
  const communeList = useId();
  const ensure = () => {
    if (load.state === "ready" || load.state === "loading") return;
    setLoad({ state: "loading" });
    loadDatasets(["units"]).then(
      (sets) => setLoad(sets.units ? { state: "ready", units: sets.units } : { state: "failed" }),
      () => setLoad({ state: "failed" }),
    );
  };
  const units = load.state === "ready" ? load.units : null;
  const chosen = units && province.trim() ? currentProvince(units, province) : null;
  const exact = units?.provinceByName.has(unitKey(province));
  const communes = units && chosen ? units.communes.filter((c) => c.province === chosen) : [];
  const communeKnown = !commune.trim() || communes.some((c) => unitKey(c.name) === unitKey(commune));
  const provinceHint = {
    idle: t.unitsHint,
    loading: t.unitsLoading,
    failed: t.unitsFailed,
    ready: chosen && !exact ? t.provinceMerged(province.trim(), chosen.name) : t.unitsHint,
  }[load.state];

  return (
    <>
      <Field label={t.province} hint={provinceHint}>
        <Input
          value={province}
          list={provinceList}
          onFocus={ensure}
          onChange={(_, d) => onChange({ province: d.value, commune })}
        />
      </Field>
      <datalist id={provinceList}>
        {units?.provinces.map((p) => (
          <option key={p.code} value={p.name} label={`${p.type} ${p.name}`} />
        ))}
      </datalist>
      <Field
        label={t.commune}
        hint={units && chosen && !communeKnown ? t.communeUnknown(commune.trim(), chosen.name) : undefined}
      >
        <Input
          value={commune}
          list={communeList}
          onFocus={ensure}
          onChange={(_, d) => onChange({ province, commune: d.value })}
        />
      </Field>
      <datalist id={communeList}>
        {communes.map((c) => (
          <option key={c.code} value={c.name} label={`${c.type} ${c.name}`} />
        ))}
      </datalist>
    </>
  );
}
