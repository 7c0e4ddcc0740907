// Tỉnh and xã of the organisation profile, picked from the administrative units after 01/7/2025. The units load
// (their own chunk) when one of the two fields is first opened or focused; until then, or if they cannot load, the
// fields take typed text like the others.
import { useState } from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import { loadDatasets } from "../../core/rules/datasets";
import { currentProvince } from "../../core/units/context";
import { unitKey } from "../../core/units/key";
import type { Units } from "../../core/units/types";
import { foldForSearch } from "../../core/vietnamese/fold";
import { settings as t } from "../i18n/vi/settings";

const SHOWN = 40;

interface Props {
  province: string;
  commune: string;
  onChange(next: { province: string; commune: string }): void;
}

type Load = { state: "idle" | "loading" | "failed" } | { state: "ready"; units: Units };

function matching<T extends { name: string }>(all: T[], typed: string): T[] {
  const q = foldForSearch(typed);
  return all.filter((u) => foldForSearch(u.name).includes(q)).slice(0, SHOWN);
}

export function UnitFields({ province, commune, onChange }: Props) {
  const [load, setLoad] = useState<Load>({ state: "idle" });
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
  const exact = units?.provinceByName.get(unitKey(province));
  const provinceHint = !units
    ? load.state === "loading"
      ? t.unitsLoading
      : load.state === "failed"
        ? t.unitsFailed
        : t.unitsHint
    : chosen && !exact
      ? t.provinceMerged(province.trim(), chosen.name)
      : t.unitsHint;
  const communes = units && chosen ? units.communes.filter((c) => c.province === chosen) : [];
  const communeKnown = !commune.trim() || communes.some((c) => unitKey(c.name) === unitKey(commune));
  const communeHint =
    units && chosen && !communeKnown ? t.communeUnknown(commune.trim(), chosen.name) : undefined;

  return (
    <>
      <Field label={t.province} hint={provinceHint}>
        <Combobox
          freeform
          value={province}
          onFocus={ensure}
          onOpenChange={(_, d) => d.open && ensure()}
          onChange={(e) => onChange({ province: e.target.value, commune })}
          onOptionSelect={(_, d) => d.optionText && onChange({ province: d.optionText, commune: "" })}
        >
          {units
            ? matching(units.provinces, exact ? "" : province).map((p) => (
                <Option key={p.code} value={p.code} text={p.name}>
                  {`${p.type} ${p.name}`}
                </Option>
              ))
            : null}
        </Combobox>
      </Field>
      <Field label={t.commune} hint={communeHint}>
        <Combobox
          freeform
          value={commune}
          onFocus={ensure}
          onOpenChange={(_, d) => d.open && ensure()}
          onChange={(e) => onChange({ province, commune: e.target.value })}
          onOptionSelect={(_, d) => d.optionText && onChange({ province, commune: d.optionText })}
        >
          {matching(communes, communeKnown ? "" : commune).map((c) => (
            <Option key={c.code} value={c.code} text={c.name}>
              {`${c.type} ${c.name}`}
            </Option>
          ))}
        </Combobox>
      </Field>
    </>
  );
}
