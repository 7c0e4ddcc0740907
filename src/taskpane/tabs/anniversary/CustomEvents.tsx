// The organisation's own days: added and removed here, saved with the organisation profile.
import { useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CustomEvent } from "../../../core/org/types";
import { anniversaryStrings as t } from "../../i18n/vi/anniversary";
import { row } from "../../shell/flex-gap";

const useStyles = makeStyles({
  row: { ...row(tokens.spacingHorizontalS), alignItems: "end" },
  narrow: { width: "5.5em" },
  item: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

/** Checks the form; returns the event or a Vietnamese error. */
export function parseCustomEvent(
  form: { name: string; day: string; month: string; baseYear: string; lunar: boolean },
  thisYear: number,
  id: string,
): CustomEvent | string {
  const name = form.name.trim().normalize("NFC");
  if (!name) return t.customBadName;
  const day = Number(form.day);
  const month = Number(form.month);
  const maxDay = form.lunar ? 30 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > maxDay
  ) {
    return t.customBadDate;
  }
  let baseYear: number | null = null;
  if (form.baseYear.trim()) {
    baseYear = Number(form.baseYear);
    if (!/^\d{4}$/.test(form.baseYear.trim()) || baseYear > thisYear) return t.customBadYear;
  }
  return { id, name, day, month, baseYear, lunar: form.lunar };
}

const empty = { name: "", day: "", month: "", baseYear: "", lunar: false };

export function CustomEvents(props: { events: CustomEvent[]; onChange(events: CustomEvent[]): void }) {
  const styles = useStyles();
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const id = `tu-them-${Date.now().toString(36)}-${props.events.length + 1}`;
    const parsed = parseCustomEvent(form, new Date().getFullYear(), id);
    if (typeof parsed === "string") return setError(parsed);
    setError(null);
    setForm(empty);
    props.onChange([...props.events, parsed]);
  };
  return (
    <section aria-label={t.customTitle}>
      <Subtitle2>{t.customTitle}</Subtitle2>
      <Caption1 block>{t.customHint}</Caption1>
      {props.events.length === 0 && <Caption1 block>{t.customNone}</Caption1>}
      {props.events.map((e) => (
        <div key={e.id} className={styles.item}>
          <span>
            {e.name} — {e.day}/{e.month}
            {e.lunar ? ` (${t.lunar})` : ""}
            {e.baseYear ? `/${e.baseYear}` : ""}
          </span>
          <Button size="small" onClick={() => props.onChange(props.events.filter((x) => x.id !== e.id))}>
            {t.customRemove}
          </Button>
        </div>
      ))}
      <Field label={t.customName} validationMessage={error ?? undefined}>
        <Input value={form.name} onChange={(_, d) => setForm({ ...form, name: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label={t.customDay}>
          <Input
            className={styles.narrow}
            value={form.day}
            onChange={(_, d) => setForm({ ...form, day: d.value })}
          />
        </Field>
        <Field label={t.customMonth}>
          <Input
            className={styles.narrow}
            value={form.month}
            onChange={(_, d) => setForm({ ...form, month: d.value })}
          />
        </Field>
      </div>
      <Field label={t.customBaseYear}>
        <Input value={form.baseYear} onChange={(_, d) => setForm({ ...form, baseYear: d.value })} />
      </Field>
      <Checkbox
        label={t.customLunar}
        checked={form.lunar}
        onChange={(_, d) => setForm({ ...form, lunar: !!d.checked })}
      />
      <Button onClick={add}>{t.customAdd}</Button>
    </section>
  );
}
