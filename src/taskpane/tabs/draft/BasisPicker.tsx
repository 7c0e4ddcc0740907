// "Căn cứ ban hành": documents in force on the document's date, searched without diacritics, chosen as căn cứ
// lines. A lazily loaded chunk; the laws data loads (its own chunk) when the list is first opened.
import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Input, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { toDayMonthYear } from "../../../core/builders/date-line";
import { currentLaws, inForce, isoDate } from "../../../core/laws/laws";
import type { LawEntry, Laws } from "../../../core/laws/types";
import { loadDatasets } from "../../../core/rules/datasets";
import { foldForSearch } from "../../../core/vietnamese/fold";
import { draft as t } from "../../i18n/vi/draft";
import { column, row } from "../../shell/flex-gap";

/** Rows shown at once: the list narrows as the user types. */
const SHOWN = 30;

const useStyles = makeStyles({
  root: column("8px"),
  list: { ...column("2px"), maxHeight: "260px", overflowY: "auto" },
  chosen: { ...row("4px"), flexWrap: "wrap" },
});

export interface BasisPickerProps {
  /** The document's date (ISO); empty means today. */
  date: string;
  chosen: LawEntry[];
  onChange: (chosen: LawEntry[]) => void;
}

/** Matches the search words against the title and the number, ignoring diacritics and case. */
function matches(e: LawEntry, words: string[]): boolean {
  const hay = foldForSearch(`${e.title} ${e.number ?? e.id}`);
  return words.every((w) => hay.includes(w));
}

export default function BasisPicker({ date, chosen, onChange }: BasisPickerProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [laws, setLaws] = useState<Laws | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");
  const iso = date || isoDate(toDayMonthYear(new Date()));

  useEffect(() => {
    if (!open || laws || failed) return;
    let live = true;
    loadDatasets(["laws"]).then(
      (sets) => live && (sets.laws ? setLaws(sets.laws) : setFailed(true)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, laws, failed]);

  // A new date drops the chosen documents no longer in force on it.
  useEffect(() => {
    const kept = chosen.filter((e) => inForce(e, iso));
    if (kept.length !== chosen.length) onChange(kept);
  }, [iso, chosen, onChange]);

  const words = foldForSearch(query).split(" ").filter(Boolean);
  const found = laws ? currentLaws(laws, iso).filter((e) => matches(e, words)) : [];
  const toggle = (e: LawEntry, on: boolean) =>
    onChange(on ? [...chosen, e] : chosen.filter((c) => c.id !== e.id));

  return (
    <div className={styles.root} data-testid="basis-picker">
      <Text weight="semibold">{t.basisTitle}</Text>
      <Text size={200}>{t.basisHint}</Text>
      {chosen.length > 0 && (
        <div className={styles.chosen} aria-label={t.basisChosen(chosen.length)}>
          <Text size={200}>{t.basisChosen(chosen.length)}</Text>
          {chosen.map((e) => (
            <Button key={e.id} size="small" onClick={() => toggle(e, false)} aria-label={t.basisRemove(e.id)}>
              {e.id} ✕
            </Button>
          ))}
        </div>
      )}
      <Button onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? t.basisClose : t.basisOpen}
      </Button>
      {open && !date && <Text size={200}>{t.basisNoDate}</Text>}
      {open && failed && <Text size={200}>{t.basisLoadFailed}</Text>}
      {open && !laws && !failed && <Spinner size="tiny" label={t.basisLoading} />}
      {open && laws && (
        <>
          <Field label={t.basisSearch}>
            <Input value={query} onChange={(_, d) => setQuery(d.value)} />
          </Field>
          {found.length === 0 ? (
            <Text size={200}>{t.basisNone}</Text>
          ) : (
            <div className={styles.list} role="group" aria-label={t.basisTitle}>
              {found.slice(0, SHOWN).map((e) => (
                <Checkbox
                  key={e.id}
                  checked={chosen.some((c) => c.id === e.id)}
                  onChange={(_, d) => toggle(e, d.checked === true)}
                  label={`${e.title}${e.number ? ` (${e.number})` : ""}`}
                />
              ))}
              {found.length > SHOWN && <Text size={200}>{t.basisMore(found.length - SHOWN)}</Text>}
            </div>
          )}
        </>
      )}
    </div>
  );
}
