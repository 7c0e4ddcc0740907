// Form for a clause of the user's own layer: a new one (from the selection in Word), an edit of an own
// clause, or an edit of a province clause (which becomes an override with the same id).
import {
  Button,
  Checkbox,
  Field,
  Input,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { contentLines, lineToParagraph } from "../../../core/library/blocks";
import {
  DOCUMENT_TYPES,
  type Clause,
  type ContentParagraph,
  type DocumentType,
  type Span,
} from "../../../core/library/types";
import { templatize, type VariableValues } from "../../../core/library/variables";
import { library as t } from "../../i18n/vi/library";
import { column, row } from "../../shell/flex-gap";

const useStyles = makeStyles({
  form: column(tokens.spacingVerticalS),
  types: { ...row(tokens.spacingHorizontalS), flexWrap: "wrap", rowGap: 0 },
  actions: row(tokens.spacingHorizontalS),
});

/** Types offered as check boxes: the common ones, plus any the clause already has. */
const COMMON_TYPES: DocumentType[] = [
  "ke-hoach",
  "bao-cao",
  "cong-van",
  "quyet-dinh",
  "to-trinh",
  "thong-bao",
  "huong-dan",
];

export interface ClauseEditorProps {
  clause: Clause;
  isNew: boolean;
  /** Offer to turn the profile's names into variables (for a clause saved from the document). */
  offerTemplatize: boolean;
  values: VariableValues;
  /** For a new clause: its id, made from the final title. */
  makeId?: (title: string) => string;
  onSave(clause: Clause): void;
  onCancel(): void;
}

function mapSpans(text: string | Span[], f: (s: string) => string): string | Span[] {
  return typeof text === "string" ? f(text) : text.map((s) => ({ ...s, text: f(s.text) }));
}

/** Lines back to content; a line left as it was keeps its bold and italic spans. */
function linesToContent(
  text: string,
  original: ContentParagraph[],
  f: (s: string) => string,
): ContentParagraph[] {
  const lines = contentLines(original);
  const kept = new Map(lines.map((line, i) => [line, original[i]]));
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const para = kept.get(line) ?? lineToParagraph(line);
      return { ...para, text: mapSpans(para.text, f) };
    });
}

export function ClauseEditor({
  clause,
  isNew,
  offerTemplatize,
  values,
  makeId,
  onSave,
  onCancel,
}: ClauseEditorProps) {
  const styles = useStyles();
  const [title, setTitle] = useState(clause.title);
  const [section, setSection] = useState(clause.section);
  const [tags, setTags] = useState(clause.tags.join(", "));
  const [types, setTypes] = useState<DocumentType[]>(clause.documentTypes);
  const [content, setContent] = useState(contentLines(clause.content).join("\n"));
  const [useVariables, setUseVariables] = useState(offerTemplatize);
  const [error, setError] = useState<string | null>(null);

  const offered = DOCUMENT_TYPES.filter((d) => COMMON_TYPES.includes(d) || types.includes(d));

  const save = (): void => {
    const f = useVariables ? (s: string) => templatize(s, values) : (s: string) => s;
    const paragraphs = linesToContent(content, clause.content, f);
    if (!title.trim() || !section.trim() || paragraphs.length === 0) {
      setError(t.editor.required);
      return;
    }
    const next: Clause = {
      ...clause,
      id: makeId ? makeId(title.trim()) : clause.id,
      title: f(title.trim()),
      section: section.trim(),
      tags: [
        ...new Set(
          tags
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ],
      documentTypes: DOCUMENT_TYPES.filter((d) => types.includes(d)),
      content: paragraphs,
    };
    try {
      onSave(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={isNew ? t.editor.newTitle : t.editor.editTitle}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Subtitle2>{isNew ? t.editor.newTitle : t.editor.editTitle}</Subtitle2>
      <Field label={t.editor.title} required>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t.editor.section} required>
        <Input value={section} onChange={(_, d) => setSection(d.value)} />
      </Field>
      <Field label={t.editor.tags}>
        <Input value={tags} onChange={(_, d) => setTags(d.value)} />
      </Field>
      <Field label={t.editor.documentTypes}>
        <div className={styles.types}>
          {offered.map((d) => (
            <Checkbox
              key={d}
              label={t.documentTypes[d]}
              checked={types.includes(d)}
              onChange={(_, data) =>
                setTypes((now) => (data.checked ? [...now, d] : now.filter((x) => x !== d)))
              }
            />
          ))}
        </div>
      </Field>
      <Field
        label={t.editor.content}
        required
        validationMessage={error ?? undefined}
        validationState={error ? "error" : "none"}
      >
        <Textarea value={content} rows={8} resize="vertical" onChange={(_, d) => setContent(d.value)} />
      </Field>
      {offerTemplatize && (
        <Checkbox
          label={t.editor.templatize}
          checked={useVariables}
          onChange={(_, d) => setUseVariables(!!d.checked)}
        />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t.editor.save}
        </Button>
        <Button onClick={onCancel}>{t.editor.cancel}</Button>
      </div>
    </form>
  );
}
