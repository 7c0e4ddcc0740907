// Thư viện: browse and search the province's clauses and the user's own, preview them with variables
// filled, insert at the cursor in one batch, save the selection as a clause, edit and delete own clauses.
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { clausesToBlocks, paragraphsToContent } from "../../core/library/blocks";
import { freshClauseId, type MergedClause } from "../../core/library/layers";
import { buildIndex, search, sectionsOf } from "../../core/library/search";
import { serializeLibrary } from "../../core/library/serialize";
import {
  DOCUMENT_TYPES,
  type Clause,
  type DocumentType,
  type LibraryVariable,
} from "../../core/library/types";
import { valuesFromOrg, type VariableValues } from "../../core/library/variables";
import { library as t } from "../i18n/vi/library";
import { useApp } from "../state/app-context";
import { ClauseDetail } from "./library/ClauseDetail";
import { ClauseEditor } from "./library/ClauseEditor";
import { downloadJson } from "./library/download";
import { SourcePanel } from "./library/SourcePanel";
import { LIBRARY_KEYS } from "./library/storage";
import { useLibrary } from "./library/useLibrary";
import { column, row } from "../shell/flex-gap";

const useStyles = makeStyles({
  root: {
    ...column(tokens.spacingVerticalM),
    padding: tokens.spacingHorizontalM,
  },
  filters: { ...row(tokens.spacingHorizontalS), flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, maxHeight: "40vh", overflowY: "auto" },
  sectionTitle: { marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  item: { width: "100%", justifyContent: "flex-start", textAlign: "left" },
});

/** Results listed at once; the count says how many more there are. */
const MAX_SHOWN = 100;

/** Values typed by the user that are worth keeping between sessions (the rest follow the date). */
const KEPT_VALUES: LibraryVariable[] = ["ten_tinh", "ten_xa", "co_quan"];

interface Editing {
  clause: Clause;
  isNew: boolean;
  offerTemplatize: boolean;
}

export default function LibraryTab() {
  const styles = useStyles();
  const app = useApp();
  const lib = useLibrary(app.settings, app.org);
  const [query, setQuery] = useState("");
  const [section, setSection] = useState("");
  const [docType, setDocType] = useState("");
  const [onlyMine, setOnlyMine] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [inserting, setInserting] = useState(false);
  const [exportText, setExportText] = useState<string | null>(null);
  const [values, setValues] = useState<VariableValues>(() => ({
    ...valuesFromOrg(app.org, new Date()),
    ...(app.settings.get<VariableValues>(LIBRARY_KEYS.values) ?? {}),
  }));

  const index = useMemo(() => buildIndex(lib.merged, (m) => m.clause), [lib.merged]);
  const sections = useMemo(() => sectionsOf(lib.merged.map((m) => m.clause)), [lib.merged]);
  const hits = search(index, query, {
    section: section || undefined,
    documentType: (docType || undefined) as DocumentType | undefined,
  }).filter((h) => !onlyMine || h.item.origin !== "base");
  const shown = hits.slice(0, MAX_SHOWN);
  const selected = lib.merged.find((m) => m.clause.id === selectedId) ?? null;

  const setValue = (name: string, value: string): void => {
    const next = { ...values, [name]: value };
    setValues(next);
    app.settings.set(
      LIBRARY_KEYS.values,
      Object.fromEntries(KEPT_VALUES.filter((k) => next[k] !== undefined).map((k) => [k, next[k]])),
    );
  };

  const insert = async (item: MergedClause): Promise<void> => {
    setInserting(true);
    try {
      const result = await app.host.insert(
        clausesToBlocks([item.clause], values),
        "selection",
        t.detail.insertLabel(item.clause.title),
      );
      if (result.saved) app.pushUndo(result.saved);
      app.documentChanged();
      lib.setNotice({ intent: "success", text: t.detail.inserted(item.clause.title) });
    } catch (e) {
      lib.setNotice({
        intent: "error",
        text: `${t.detail.insertFailed}: ${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      setInserting(false);
    }
  };

  const saveSelection = async (): Promise<void> => {
    try {
      const content = paragraphsToContent(await app.host.readSelection());
      if (content.length === 0) {
        lib.setNotice({ intent: "warning", text: t.selection.empty });
        return;
      }
      const first =
        typeof content[0].text === "string" ? content[0].text : content[0].text.map((s) => s.text).join("");
      const title = first.length > 80 ? `${first.slice(0, 80).replace(/\s+\S*$/, "")}…` : first;
      const clause: Clause = {
        id: freshClauseId(
          title,
          lib.merged.map((m) => m.clause.id),
        ),
        title,
        section: section || selected?.clause.section || t.editor.defaultSection,
        documentTypes: docType ? [docType as DocumentType] : ["ke-hoach"],
        tags: [],
        content,
      };
      setEditing({ clause, isNew: true, offerTemplatize: true });
    } catch (e) {
      lib.setNotice({
        intent: "error",
        text: `${t.selection.failed}: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  const exportLayer = (): void => {
    if (!lib.layer) return;
    const text = serializeLibrary(lib.layer);
    const file = `dieu-khoan-rieng-${lib.layer.date}.json`;
    if (downloadJson(file, text)) {
      lib.markExported(lib.layer.version);
      lib.setNotice({ intent: "success", text: t.sources.exportDone(file) });
    } else setExportText(text);
  };

  const renderItem = (h: (typeof shown)[number]) => (
    <li key={h.clause.id}>
      <Button
        appearance={h.clause.id === selectedId ? "primary" : "subtle"}
        className={styles.item}
        aria-pressed={h.clause.id === selectedId}
        onClick={() => {
          setSelectedId(h.clause.id);
          setEditing(null);
        }}
      >
        {h.clause.title}
        {h.item.origin !== "base" && (
          <>
            {" "}
            <Badge appearance="tint" size="small">
              {t.origin[h.item.origin]}
            </Badge>
          </>
        )}
      </Button>
    </li>
  );

  const browseBySection = query.trim() === "";
  const needsBackup =
    !!lib.layer && lib.layer.clauses.length > 0 && lib.exportedVersion !== lib.layer.version;

  return (
    <div className={styles.root}>
      <Subtitle2>{t.heading}</Subtitle2>
      {lib.notice && (
        <MessageBar intent={lib.notice.intent}>
          <MessageBarBody>{lib.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <SourcePanel state={lib} onExport={exportLayer} />
      {needsBackup && (
        <MessageBar intent="warning">
          {/* The export button itself stands once, in the source panel above. */}
          <MessageBarBody>{t.sources.backupHint}</MessageBarBody>
        </MessageBar>
      )}
      {exportText !== null && (
        <Textarea readOnly value={exportText} rows={6} aria-label={t.sources.exportLayer} />
      )}

      <Field label={t.search.label}>
        <Input
          type="search"
          value={query}
          placeholder={t.search.placeholder}
          onChange={(_, d) => setQuery(d.value)}
        />
      </Field>
      <div className={styles.filters}>
        <Field label={t.search.section}>
          <Select value={section} onChange={(_, d) => setSection(d.value)}>
            <option value="">{t.search.allSections}</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.search.documentType}>
          <Select value={docType} onChange={(_, d) => setDocType(d.value)}>
            <option value="">{t.search.allTypes}</option>
            {DOCUMENT_TYPES.map((d) => (
              <option key={d} value={d}>
                {t.documentTypes[d]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox label={t.search.onlyMine} checked={onlyMine} onChange={(_, d) => setOnlyMine(!!d.checked)} />
      {/* Before any library is loaded there is nothing to have not found. */}
      {(lib.base || lib.layer) && (
        <Caption1 role="status">{t.search.results(hits.length, shown.length)}</Caption1>
      )}
      <ul className={styles.list} aria-label={t.search.listLabel}>
        {browseBySection
          ? sections.map((s) => {
              const inSection = shown.filter((h) => h.clause.section === s);
              return inSection.length === 0 ? null : (
                <li key={`s-${s}`}>
                  <div className={styles.sectionTitle}>{s}</div>
                  <ul className={styles.list}>{inSection.map(renderItem)}</ul>
                </li>
              );
            })
          : shown.map(renderItem)}
      </ul>

      {editing ? (
        <ClauseEditor
          key={editing.clause.id}
          clause={editing.clause}
          isNew={editing.isNew}
          offerTemplatize={editing.offerTemplatize}
          values={values}
          makeId={
            editing.isNew
              ? (title) =>
                  freshClauseId(
                    title,
                    lib.merged.map((m) => m.clause.id),
                  )
              : undefined
          }
          onCancel={() => setEditing(null)}
          onSave={(clause) => {
            lib.putClause(clause);
            setEditing(null);
            setSelectedId(clause.id);
            lib.setNotice({ intent: "success", text: t.editor.saved(clause.title) });
          }}
        />
      ) : (
        selected && (
          <ClauseDetail
            item={selected}
            values={values}
            onValue={setValue}
            inserting={inserting}
            onInsert={() => void insert(selected)}
            onEdit={() => setEditing({ clause: selected.clause, isNew: false, offerTemplatize: false })}
            onRemove={() => {
              lib.removeClause(selected.clause.id);
              lib.setNotice({
                intent: "success",
                text: (selected.origin === "override" ? t.detail.restored : t.detail.removed)(
                  selected.clause.title,
                ),
              });
              if (selected.origin === "own") setSelectedId(null);
            }}
          />
        )
      )}
      <Button onClick={() => void saveSelection()}>{t.selection.save}</Button>
    </div>
  );
}
