// The yearly lists with a tick per day: unticked days are left out of what "Chèn" inserts.
import { memo } from "react";
import { Badge, Caption1, Checkbox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { displayName, type SelectedEvent, type YearList } from "../../../core/anniversaries";
import { anniversaryStrings as t } from "../../i18n/vi/anniversary";
import { row } from "../../shell/flex-gap";

const useStyles = makeStyles({
  year: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalM },
  item: { ...row(tokens.spacingHorizontalS), alignItems: "center" },
});

export const eventKey = (s: SelectedEvent): string => `${s.year}:${s.event.id}`;

const pad = (n: number): string => String(n).padStart(2, "0");

function label(s: SelectedEvent): string {
  const name = displayName(s);
  const date = `${pad(s.date.day)}/${pad(s.date.month)}/${s.date.year}`;
  const lunar = s.lunar ? ` (${s.lunar.day}/${s.lunar.month} ${t.lunar})` : "";
  return `${s.anniversary === null ? "" : `${s.anniversary} năm `}${name} — ${date}${lunar}`;
}

// One row per day; memoised so ticking one day re-renders only that row.
const Row = memo(function Row(props: { item: SelectedEvent; checked: boolean; onToggle(key: string): void }) {
  const styles = useStyles();
  const s = props.item;
  return (
    <div className={styles.item}>
      <Checkbox checked={props.checked} onChange={() => props.onToggle(eventKey(s))} label={label(s)} />
      {s.event.verification === "unverified" && (
        <Badge appearance="outline" color="warning">
          {t.unverified}
        </Badge>
      )}
    </div>
  );
});

export function PreviewList(props: {
  lists: YearList[];
  excluded: Set<string>;
  onToggle(key: string): void;
}) {
  const styles = useStyles();
  return (
    <div>
      {props.lists.map((list) => (
        <section key={list.year} className={styles.year} aria-label={t.year(list.year)}>
          <Subtitle2>{t.year(list.year)}</Subtitle2>
          {list.events.length === 0 && <Caption1>{t.noEvents}</Caption1>}
          {list.events.map((s) => (
            <Row
              key={eventKey(s)}
              item={s}
              checked={!props.excluded.has(eventKey(s))}
              onToggle={props.onToggle}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
