// Soạn thảo: new documents from skeletons, header / closing / headings inserted at the cursor, "Đánh số lại".
import { lazy, Suspense, useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { Block } from "../../core/model/blocks";
import type { Edit } from "../../core/rules/types";
import { buildClosing } from "../../core/builders/closing";
import { parseIsoDate } from "../../core/builders/date-line";
import {
  DRAFT_TYPE_INFO,
  type DraftGroup,
  type DraftType,
  GROUP_ORDER,
  typesOfGroup,
} from "../../core/builders/doc-types";
import {
  buildDraft,
  buildDraftHeader,
  firstRecipientOf,
  hasLegalBasis,
  SECRECY,
  URGENCY,
} from "../../core/builders/document";
import { draftFormat } from "../../core/builders/draft-format";
import {
  buildHeading,
  type HeadingLevel,
  nextHeadingLabel,
  renumberHeadings,
  type RenumberChange,
} from "../../core/builders/headings";
import { archiveLine, type RecipientsOptions } from "../../core/builders/recipients";
import {
  type AuthorityMark,
  signatureFromOrg,
  signatureProblem,
  type SignatureSpec,
} from "../../core/builders/signature";
import { findPlaceholders, nextPlaceholder, type PlaceholderSpot } from "../../core/builders/placeholders";
import { parseRecipientLines } from "../../core/org/recipient-lines";
import type { Recipient } from "../../core/org/types";
import { writeDocx } from "../../core/ooxml/write";
import type { LawEntry } from "../../core/laws/types";
import { loadDatasets } from "../../core/rules/datasets";
import { draft as t } from "../i18n/vi/draft";
import { useApp } from "../state/app-context";
import { column, row } from "../shell/flex-gap";

// The bản sao block is seldom used: its builder loads when the section first shows.
const CopySection = lazy(() => import(/* webpackChunkName: "draft-copy" */ "./CopySection"));
// The căn cứ picker and the laws data it lists load only when a type with căn cứ is chosen.
const BasisPicker = lazy(() => import("./draft/BasisPicker"));

type Notice = { intent: "success" | "error" | "info"; text: string } | null;
type First = "none" | NonNullable<RecipientsOptions["first"]>;

const FORMS = ["", "TM", "TM+KT", "KT", "Q", "TL", "TL+KT", "TUQ"];
const LEVELS: HeadingLevel[] = [1, 2, 3, 4, 5, 6];

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const useStyles = makeStyles({
  root: { ...column("16px"), padding: "12px" },
  section: column("8px"),
  row: row("8px"),
  fieldRow: { ...row("8px"), alignItems: "flex-end" },
});

export default function DraftTab() {
  const styles = useStyles();
  const app = useApp();
  const { org, host, capabilities } = app;
  const [type, setType] = useState<DraftType>("ke-hoach");
  const [group, setGroup] = useState<DraftGroup>(DRAFT_TYPE_INFO["ke-hoach"].group);
  const [date, setDate] = useState(todayIso());
  const [summary, setSummary] = useState("");
  const [to, setTo] = useState("");
  const [secrecy, setSecrecy] = useState("");
  const [urgency, setUrgency] = useState("");
  const [sig, setSig] = useState<SignatureSpec>(() => signatureFromOrg(org));
  const [first, setFirst] = useState<First>(firstRecipientOf("ke-hoach", org) ?? "none");
  const [choices, setChoices] = useState<Recipient[]>(() => org.recipients);
  const [picked, setPicked] = useState<boolean[]>(() => org.recipients.map(() => true));
  const [extra, setExtra] = useState("");
  const [level, setLevel] = useState<HeadingLevel>(2);
  const [headingTitle, setHeadingTitle] = useState("");
  const [preview, setPreview] = useState<{ edits: Edit[]; changes: RenumberChange[] } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [showSteps, setShowSteps] = useState(false);
  const [busy, setBusy] = useState(false);
  const [spot, setSpot] = useState<PlaceholderSpot | null>(null);
  const [basis, setBasis] = useState<LawEntry[]>([]);

  const format = draftFormat(org.profile);
  const problem = signatureProblem(sig);
  const recipients = choices.filter((_, i) => picked[i]);
  const chosenDate = date ? parseIsoDate(date) : null;
  // Builds the type's skeleton to see: once per type and organisation, not on every keystroke.
  const withBasis = useMemo(() => hasLegalBasis(type, org), [type, org]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setNotice({ intent: "error", text: t.failed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  const insert = async (blocks: Block[], label: string) => {
    const result = await host.insert(blocks, "selection", label);
    if (result.saved) app.pushUndo(result.saved);
    app.documentChanged();
    return result;
  };

  const chooseType = (next: DraftType) => {
    setType(next);
    setFirst(firstRecipientOf(next, org) ?? "none");
  };
  // Groups that hold a type of the organisation's profile; choosing one picks its first type.
  const groups = GROUP_ORDER.filter((g) => typesOfGroup(g, org.profile).length > 0);
  const chooseGroup = (next: DraftGroup) => {
    setGroup(next);
    const first = typesOfGroup(next, org.profile)[0];
    if (first) chooseType(first);
  };

  const [confirmReplace, setConfirmReplace] = useState(false);
  const createDocument = () =>
    run(async () => {
      if (problem) throw new Error(problem);
      // The organisation's law in force on the date replaces the căn cứ placeholder once the data is loaded.
      const laws = withBasis ? (await loadDatasets(["laws"])).laws : undefined;
      const d = buildDraft({
        ...(withBasis ? { basis: { laws, chosen: basis } } : {}),
        type,
        org: { ...org, recipients },
        date: chosenDate,
        summary,
        signature: sig,
        marks: { secrecy, urgency },
        to: to
          .split(";")
          .map((x) => x.trim())
          .filter(Boolean),
      });
      if (capabilities.openNewDocument) {
        await host.openNew(writeDocx(d.spec));
        setShowSteps(false);
        setNotice({ intent: "success", text: t.createdNew });
      } else {
        await insert(d.blocks, `${t.create}: ${t.types[type]}`);
        setShowSteps(true);
        const why = capabilities.reasons.openNewDocument;
        setNotice({ intent: "info", text: why ? `${why} ${t.insertedSkeleton}` : t.insertedSkeleton });
      }
    });

  const insertHeader = () =>
    run(async () => {
      const blocks = buildDraftHeader({ type, org, date: chosenDate, summary });
      await insert(blocks, t.insertHeader);
      setNotice({ intent: "success", text: t.inserted(blocks.length) });
    });

  const insertClosing = () =>
    run(async () => {
      if (problem) throw new Error(problem);
      const closing = buildClosing(
        { recipients, first: first === "none" ? undefined : first, unitAbbr: org.unitAbbr },
        sig,
        format,
      );
      await insert([closing], t.insertClosing);
      setNotice({ intent: "success", text: t.closingInserted });
    });

  // The new heading takes its number from the headings above; the typed headings after it are renumbered in the
  // same change, so one undo takes both back.
  const insertHeading = () =>
    run(async () => {
      const model = await host.read();
      const selection = await host.readSelection();
      const last = selection[selection.length - 1];
      const before = last && last.index !== null ? last.index + 1 : model.bodyCount;
      const label = nextHeadingLabel(model, level, before);
      const title = headingTitle.trim() || "[Tiêu đề]";
      const inserted = await host.insert([buildHeading(level, label, title, format.bodySize)], "selection");
      const at = inserted.firstParagraph ?? before;
      const after = renumberHeadings(await host.read());
      const edits = after.edits.filter((e) => e.kind === "replaceText" && e.paragraph > at);
      const changes = after.changes.filter((c) => c.paragraph > at && !c.fromList);
      const renumbered = edits.length
        ? await host.applyEdits(edits, { label: t.headingInserted(label) })
        : { saved: null };
      const items = [...(renumbered.saved?.items ?? []), ...(inserted.saved?.items ?? [])];
      if (inserted.saved) app.pushUndo({ ...inserted.saved, label: t.headingInserted(label), items });
      app.documentChanged();
      setNotice({
        intent: "success",
        text: changes.length
          ? t.headingInsertedRenumbered(
              label,
              changes.map((c) => `${c.from} → ${c.to}`),
            )
          : t.headingInserted(label),
      });
    });

  const previewRenumber = () =>
    run(async () => {
      const result = renumberHeadings(await host.read());
      setPreview(result);
      if (result.edits.length === 0) setNotice({ intent: "info", text: t.noRenumber });
    });

  const applyRenumber = () =>
    run(async () => {
      if (!preview) return;
      const result = await host.applyEdits(preview.edits, { label: t.renumberLabel(preview.edits.length) });
      if (result.saved) app.pushUndo(result.saved);
      app.documentChanged();
      setPreview(null);
      setNotice({ intent: "success", text: t.renumbered(result.applied, result.skipped.length) });
    });

  const goToPlaceholder = () =>
    run(async () => {
      const after = spot ? { paragraph: spot.paragraph, offset: spot.end } : null;
      const next = nextPlaceholder(findPlaceholders(await host.read()), after);
      setSpot(next);
      if (!next) {
        setNotice({ intent: "info", text: t.noPlaceholders });
        return;
      }
      await host.select(next.paragraph, { start: next.start, end: next.end });
      setNotice({ intent: "info", text: t.placeholderAt(next.text, next.paragraph) });
    });

  const addRecipients = () => {
    const added = parseRecipientLines(extra);
    if (added.length === 0) return;
    setChoices([...choices, ...added]);
    setPicked([...picked, ...added.map(() => true)]);
    setExtra("");
  };

  const setMarks = (key: string) => setSig({ ...sig, marks: (key ? key.split("+") : []) as AuthorityMark[] });
  const sigInput = (
    label: string,
    key: "collective" | "headTitle" | "unitHeadTitle" | "signerTitle" | "name",
  ) => (
    <Field label={label}>
      <Input value={sig[key] ?? ""} onChange={(_, d) => setSig({ ...sig, [key]: d.value })} />
    </Field>
  );
  const marksKey = sig.marks.join("+");

  return (
    <div className={styles.root}>
      {!org.agencyName.trim() && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.noOrg}{" "}
            <Button size="small" appearance="transparent" onClick={() => app.goToTab("cai-dat")}>
              {t.goToSettings}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.section}>
        <Text as="h2" weight="semibold" size={500}>
          {t.newDocument}
        </Text>
        <Field label={t.group}>
          <Select value={group} onChange={(_, d) => chooseGroup(d.value as DraftGroup)}>
            {groups.map((g) => (
              <option key={g} value={g}>
                {t.groups[g]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.type}>
          <Select value={type} onChange={(_, d) => chooseType(d.value as DraftType)}>
            {typesOfGroup(group, org.profile).map((id) => (
              <option key={id} value={id}>
                {t.types[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.date} hint={t.dateHint}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        {withBasis && (
          <Suspense fallback={null}>
            <BasisPicker date={date} chosen={basis} onChange={setBasis} />
          </Suspense>
        )}
        <Field label={t.summary} hint={t.summaryHint}>
          <Input value={summary} onChange={(_, d) => setSummary(d.value)} />
        </Field>
        <Field label={t.to} hint={t.toHint}>
          <Input value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={t.secrecy}>
            <Select value={secrecy} onChange={(_, d) => setSecrecy(d.value)}>
              {["", ...SECRECY].map((m) => (
                <option key={m} value={m}>
                  {m || t.noMark}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.urgency}>
            <Select value={urgency} onChange={(_, d) => setUrgency(d.value)}>
              {["", ...URGENCY].map((m) => (
                <option key={m} value={m}>
                  {m || t.noMark}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button
          appearance="primary"
          disabled={busy}
          // The preview has one document: a new one replaces it, so it asks first (Word opens a new window).
          onClick={
            capabilities.host === "memory" && capabilities.openNewDocument
              ? () => setConfirmReplace(true)
              : createDocument
          }
        >
          {t.create}
        </Button>
        {confirmReplace && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.confirmReplace}{" "}
              <Button
                size="small"
                appearance="primary"
                onClick={() => {
                  setConfirmReplace(false);
                  void createDocument();
                }}
              >
                {t.confirmReplaceYes}
              </Button>{" "}
              <Button size="small" onClick={() => setConfirmReplace(false)}>
                {t.confirmReplaceNo}
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div className={styles.section}>
        <Text as="h3" weight="semibold">
          {t.placeholders}
        </Text>
        <Button disabled={busy} onClick={goToPlaceholder}>
          {t.nextPlaceholder}
        </Button>
      </div>

      <div className={styles.section}>
        <Text as="h3" weight="semibold">
          {t.signature}
        </Text>
        <Field label={t.signatureForm}>
          <Select value={marksKey} onChange={(_, d) => setMarks(d.value)}>
            {FORMS.map((key) => (
              <option key={key} value={key}>
                {t.forms[key]}
              </option>
            ))}
          </Select>
        </Field>
        {sig.marks[0] === "TM" && sigInput(t.collective, "collective")}
        {sigInput(t.headTitle, "headTitle")}
        {marksKey === "TL+KT" && sigInput(t.unitHeadTitle, "unitHeadTitle")}
        {(sig.marks.includes("KT") || sig.marks[0] === "TL" || sig.marks[0] === "TUQ") &&
          sigInput(t.signerTitle, "signerTitle")}
        {sigInput(t.signerName, "name")}
        {problem && (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div className={styles.section}>
        <Text as="h3" weight="semibold">
          {t.recipients}
        </Text>
        <Field label={t.firstRecipient}>
          <Select value={first} onChange={(_, d) => setFirst(d.value as First)}>
            {Object.entries(t.firstOptions).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        {choices.length === 0 && <Text size={200}>{t.noRecipients}</Text>}
        {choices.map((r, i) => (
          <Checkbox
            key={`${r.name}-${i}`}
            checked={picked[i] ?? true}
            label={r.purpose ? `${r.name} (${r.purpose})` : r.name}
            onChange={(_, d) => setPicked(picked.map((v, j) => (j === i ? d.checked === true : v)))}
          />
        ))}
        <div className={styles.fieldRow}>
          <Field label={t.addRecipient} hint={t.addRecipientHint} style={{ flexGrow: 1 }}>
            <Input
              value={extra}
              onChange={(_, d) => setExtra(d.value)}
              onKeyDown={(e) => e.key === "Enter" && addRecipients()}
            />
          </Field>
          <Button onClick={addRecipients}>{t.add}</Button>
        </div>
        <Text size={200}>{t.archiveNote(archiveLine(org.unitAbbr, format))}</Text>
      </div>

      <div className={styles.section}>
        <Text as="h3" weight="semibold">
          {t.parts}
        </Text>
        <Button disabled={busy} onClick={insertHeader}>
          {t.insertHeader}
        </Button>
        <Button disabled={busy || problem !== null} onClick={insertClosing}>
          {t.insertClosing}
        </Button>
      </div>

      <Suspense fallback={<Text size={200}>{t.working}</Text>}>
        <CopySection date={chosenDate} signature={sig} disabled={busy || problem !== null} />
      </Suspense>

      <div className={styles.section}>
        <Text as="h3" weight="semibold">
          {t.headings}
        </Text>
        <Field label={t.level}>
          <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as HeadingLevel)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t.levels[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.headingTitle}>
          <Input
            value={headingTitle}
            placeholder={t.headingTitlePlaceholder}
            onChange={(_, d) => setHeadingTitle(d.value)}
          />
        </Field>
        <Button disabled={busy} onClick={insertHeading}>
          {t.insertHeading}
        </Button>
      </div>

      <div className={styles.section}>
        <Text as="h3" weight="semibold">
          {t.renumber}
        </Text>
        <Text size={200}>{t.renumberHint}</Text>
        <Button disabled={busy} onClick={previewRenumber}>
          {t.preview}
        </Button>
        {preview && preview.edits.length > 0 && (
          <div className={styles.section}>
            <ul aria-label={t.renumber}>
              {preview.changes.map((c) => (
                <li key={c.paragraph}>{t.renumberChange(c.from, c.to, c.paragraph)}</li>
              ))}
            </ul>
            <Text size={200}>{t.listNote}</Text>
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy} onClick={applyRenumber}>
                {t.apply}
              </Button>
              <Button onClick={() => setPreview(null)}>{t.cancel}</Button>
            </div>
          </div>
        )}
      </div>

      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {showSteps && (
        <ol aria-label={t.insertedSkeleton}>
          {t.pageSetupSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
