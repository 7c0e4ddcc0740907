// Tab "Ngày kỷ niệm": the plan period's yearly anniversary lists, ticked off and inserted at the cursor.
import { useCallback, useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Divider,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  CATEGORIES,
  builtinDataset,
  renderBlocks,
  selectAnniversaries,
  type Category,
  type RenderOptions,
  type YearList,
} from "../../core/anniversaries";
import { MAX_YEAR, MIN_YEAR } from "../../core/calendar";
import { VanThuError } from "../../core/errors";
import { useApp } from "../state/app-context";
import { anniversaryStrings as t } from "../i18n/vi/anniversary";
import { CustomEvents } from "./anniversary/CustomEvents";
import { PreviewList, eventKey } from "./anniversary/PreviewList";
import { column, row } from "../shell/flex-gap";

const MAX_SPAN = 30;

const useStyles = makeStyles({
  root: {
    ...column(tokens.spacingVerticalS),
    padding: tokens.spacingHorizontalM,
  },
  row: row(tokens.spacingHorizontalS),
  // Two year fields share a 350 px pane: each takes half and may shrink below the input's natural width.
  half: { flex: "1 1 0", minWidth: 0 },
  shrink: { minWidth: 0, width: "100%" },
  categories: { display: "flex", flexDirection: "column" },
});

/** What is wrong with the period, said under the field that holds it (order and length under "Đến năm"). */
function periodError(from: string, to: string): { field: "from" | "to"; message: string } | null {
  const a = Number(from);
  const b = Number(to);
  const ok = (s: string, y: number) => /^\d{4}$/.test(s) && y >= MIN_YEAR && y <= MAX_YEAR;
  if (!ok(from, a)) return { field: "from", message: t.badYear(MIN_YEAR, MAX_YEAR) };
  if (!ok(to, b)) return { field: "to", message: t.badYear(MIN_YEAR, MAX_YEAR) };
  if (a > b) return { field: "to", message: t.badOrder };
  if (b - a >= MAX_SPAN) return { field: "to", message: t.tooLong(MAX_SPAN) };
  return null;
}

export default function AnniversaryTab() {
  const app = useApp();
  const styles = useStyles();
  const categoriesId = useId("categories");
  const thisYear = new Date().getFullYear();
  const [from, setFrom] = useState(String(thisYear));
  const [to, setTo] = useState(String(Math.min(thisYear + 4, MAX_YEAR)));
  const [org, setOrg] = useState(app.org.orgKind ?? "");
  const [province, setProvince] = useState(app.org.provinceId ?? "");
  const [categories, setCategories] = useState<Set<Category>>(new Set(CATEGORIES));
  const [all, setAll] = useState(false);
  const [dates, setDates] = useState<NonNullable<RenderOptions["dates"]>>("range");
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  const error = periodError(from, to);
  const lists: YearList[] = useMemo(
    () =>
      error
        ? []
        : selectAnniversaries({
            from: Number(from),
            to: Number(to),
            org: org || null,
            province: province || null,
            categories: [...categories],
            all,
            customEvents: app.org.customEvents,
          }),
    [error, from, to, org, province, categories, all, app.org.customEvents],
  );
  const chosen = lists.map((l) => ({ ...l, events: l.events.filter((s) => !excluded.has(eventKey(s))) }));
  const count = chosen.reduce((n, l) => n + l.events.length, 0);

  const toggle = useCallback((key: string) => {
    setExcluded((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const toggleCategory = (c: Category, on: boolean) => {
    const next = new Set(categories);
    if (on) next.add(c);
    else next.delete(c);
    setCategories(next);
  };

  const insert = async () => {
    const blocks = renderBlocks(chosen, { dates });
    if (!blocks.length) return setStatus({ intent: "error", text: t.nothingToInsert });
    setBusy(true);
    setStatus(null);
    try {
      const result = await app.host.insert(blocks, "selection", t.insertLabel);
      if (result.saved) app.pushUndo(result.saved);
      app.documentChanged();
      setStatus({ intent: "success", text: t.inserted(blocks.length) });
    } catch (e) {
      setStatus({ intent: "error", text: e instanceof VanThuError ? e.message : t.insertFailed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text>{t.intro}</Text>
      <div className={styles.row}>
        <Field
          className={styles.half}
          label={t.from}
          validationMessage={error?.field === "from" ? error.message : undefined}
        >
          <Input
            className={styles.shrink}
            input={{ size: 4 }}
            value={from}
            inputMode="numeric"
            onChange={(_, d) => setFrom(d.value)}
          />
        </Field>
        <Field
          className={styles.half}
          label={t.to}
          validationMessage={error?.field === "to" ? error.message : undefined}
        >
          <Input
            className={styles.shrink}
            input={{ size: 4 }}
            value={to}
            inputMode="numeric"
            onChange={(_, d) => setTo(d.value)}
          />
        </Field>
      </div>
      <Field label={t.org}>
        <Select value={org} onChange={(_, d) => setOrg(d.value)}>
          <option value="">{t.orgNone}</option>
          {Object.entries(builtinDataset.organisations).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.province}>
        <Select value={province} onChange={(_, d) => setProvince(d.value)}>
          <option value="">{t.provinceNone}</option>
          {Object.values(builtinDataset.provinces).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {/* Not inside a Field: a Field gives its one id to every checkbox in it. */}
      <div role="group" aria-labelledby={categoriesId} className={styles.categories}>
        <Label id={categoriesId}>{t.categories}</Label>
        {CATEGORIES.map((c) => (
          <Checkbox
            key={c}
            label={t.categoryNames[c]}
            checked={categories.has(c)}
            onChange={(_, d) => toggleCategory(c, !!d.checked)}
          />
        ))}
      </div>
      <Checkbox label={t.all} checked={all} onChange={(_, d) => setAll(!!d.checked)} />
      <Field label={t.dates}>
        <Select value={dates} onChange={(_, d) => setDates(d.value as typeof dates)}>
          {(Object.keys(t.dateStyles) as (keyof typeof t.dateStyles)[]).map((k) => (
            <option key={k} value={k}>
              {t.dateStyles[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy || !!error || count === 0} onClick={insert}>
        {busy ? t.inserting : t.insert}
      </Button>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <Divider>{t.preview}</Divider>
      <PreviewList lists={lists} excluded={excluded} onToggle={toggle} />
      <Divider />
      <CustomEvents
        events={app.org.customEvents}
        onChange={(customEvents) => app.setOrg({ ...app.org, customEvents })}
      />
    </div>
  );
}
