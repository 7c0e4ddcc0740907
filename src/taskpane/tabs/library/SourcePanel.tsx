// Where the library comes from: starters, a file, an intranet address (cached for offline use); the export
// of the user's layer; and a new version's changes, shown before it is accepted.
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { compareVersions, ownChanges } from "../../../core/library/layers";
import { STARTER_LIBRARIES } from "../../../core/library/starters";
import { library as t } from "../../i18n/vi/library";
import type { LibraryState, PendingLibrary } from "./useLibrary";
import { column, row } from "../../shell/flex-gap";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  row: { ...row(tokens.spacingHorizontalS), flexWrap: "wrap", alignItems: "end" },
  grow: { flexGrow: 1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function SourcePanel({ state, onExport }: { state: LibraryState; onExport(): void }) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [starter, setStarter] = useState(STARTER_LIBRARIES[0]?.id ?? "");
  const [url, setUrl] = useState(state.savedUrl ?? "");
  const base = state.base?.library;
  const layerCount = state.layer?.clauses.length ?? 0;
  const changes = ownChanges(base ?? null, state.layer);
  const overrides = changes.filter((c) => c.origin === "override").length;

  // Once a library is loaded, the ways to change it fold away so the search comes first.
  const [open, setOpen] = useState(!base);
  const loaded = base ? `${base.id}@${base.version}` : "";
  useEffect(() => {
    if (loaded) setOpen(false);
  }, [loaded]);
  const showSources = open || !base;

  return (
    <section className={styles.root} aria-label={t.heading}>
      <Text weight="semibold">
        {base ? t.libraryInfo(base.name, base.version, base.date, base.clauses.length) : t.noLibrary}
      </Text>
      <Caption1>{t.layerInfo(overrides, changes.length - overrides)}</Caption1>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={t.sources.fileInputLabel}
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void state.loadFile(file);
        }}
      />
      <div className={styles.row}>
        {base && (
          <Button appearance="subtle" aria-expanded={showSources} onClick={() => setOpen(!open)}>
            {showSources ? t.sources.hide : t.sources.show}
          </Button>
        )}
        {state.savedUrl && (
          <Button disabled={state.busy} onClick={() => void state.loadUrl(state.savedUrl!)}>
            {t.sources.refresh}
          </Button>
        )}
        {layerCount > 0 && <Button onClick={onExport}>{t.sources.exportLayer}</Button>}
      </div>
      {showSources && (
        <>
          <div className={styles.row}>
            <Field label={t.sources.starterLabel} className={styles.grow}>
              <Select value={starter} onChange={(_, d) => setStarter(d.value)}>
                {STARTER_LIBRARIES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              disabled={state.busy}
              onClick={() => {
                const chosen = STARTER_LIBRARIES.find((s) => s.id === starter);
                if (chosen) void state.loadText(chosen.text, chosen.name);
              }}
            >
              {t.sources.useStarter}
            </Button>
          </div>
          <div className={styles.row}>
            <Button disabled={state.busy} onClick={() => fileInput.current?.click()}>
              {t.sources.openFile}
            </Button>
          </div>
          <div className={styles.row}>
            <Field label={t.sources.urlLabel} className={styles.grow}>
              <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} />
            </Field>
            <Button disabled={state.busy || url.trim() === ""} onClick={() => void state.loadUrl(url)}>
              {state.busy ? t.sources.loading : t.sources.loadUrl}
            </Button>
          </div>
        </>
      )}
      {state.pending && <PendingPanel pending={state.pending} state={state} />}
    </section>
  );
}

function PendingPanel({ pending, state }: { pending: PendingLibrary; state: LibraryState }) {
  const styles = useStyles();
  const { diff, library } = pending;
  const overridden = new Set(state.layer?.clauses.map((c) => c.id) ?? []);
  const mine = (id: string): string => (overridden.has(id) ? ` — ${t.update.affectsOwn}` : "");
  return (
    <section className={styles.root} aria-label={t.update.accept}>
      {diff ? (
        <>
          <Subtitle2>{t.update.title(library.name, diff.from.version, diff.to.version)}</Subtitle2>
          {compareVersions(diff.to.version, diff.from.version) <= 0 && (
            <Text weight="semibold">{t.update.notNewer(diff.to.version, diff.from.version)}</Text>
          )}
          <Text>{t.update.summary(diff.added.length, diff.removed.length, diff.changed.length)}</Text>
          <ul className={styles.list}>
            {diff.added.map((c) => (
              <li key={`a-${c.id}`}>
                {t.update.added}: {c.title}
                {mine(c.id)}
              </li>
            ))}
            {diff.removed.map((c) => (
              <li key={`r-${c.id}`}>
                {t.update.removed}: {c.title}
                {mine(c.id)}
              </li>
            ))}
            {diff.changed.map((c) => (
              <li key={`c-${c.after.id}`}>
                {t.update.changed}: {c.after.title} ({c.fields.map((f) => t.update.fields[f]).join(", ")})
                {mine(c.after.id)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Text>{t.update.otherLibrary(library.name, library.id)}</Text>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={state.acceptPending}>
          {t.update.accept}
        </Button>
        <Button onClick={state.rejectPending}>{t.update.reject}</Button>
      </div>
    </section>
  );
}
