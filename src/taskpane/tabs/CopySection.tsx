// Soạn thảo › Bản sao: "Thêm phần bản sao" appends the Mẫu 3.1 block (SAO Y, SAO LỤC, TRÍCH SAO) at the end of the
// open document, signed with the tab's signature; one undo takes it back. Loaded only when the tab shows it.
import { useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import {
  buildCopyBlock,
  COPY_KINDS,
  copyProfileProblem,
  copySourceProblem,
  type CopyKind,
} from "../../core/builders/copy-block";
import { analyze } from "../../core/analysis/analyze";
import type { DayMonthYear } from "../../core/builders/date-line";
import type { SignatureSpec } from "../../core/builders/signature";
import { draft as t } from "../i18n/vi/draft";
import { useApp } from "../state/app-context";
import { column } from "../shell/flex-gap";

const useStyles = makeStyles({ section: column("8px") });

export interface CopySectionProps {
  /** The copy's date (the tab's date field); null leaves it to fill. */
  date: DayMonthYear | null;
  /** The signature chosen in the tab: the person authorised to sign copies. */
  signature: SignatureSpec;
  disabled: boolean;
}

export default function CopySection({ date, signature, disabled }: CopySectionProps) {
  const styles = useStyles();
  const app = useApp();
  const [kind, setKind] = useState<CopyKind>("sao-y");
  const [number, setNumber] = useState("");
  const [to, setTo] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  // A profile without a copy form (Party) says why instead of failing on click; the tab shows signature problems.
  const refused = copyProfileProblem(app.org.profile);

  const addCopy = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const source = copySourceProblem(kind, analyze(await app.host.read()).copy?.kind ?? null);
      if (source) throw new Error(source);
      const blocks = buildCopyBlock({
        kind,
        org: app.org,
        date,
        signature,
        number: number.trim() || undefined,
        to: to.split(";"),
      });
      const label = t.copy.label(COPY_KINDS[kind].form);
      const result = await app.host.insert(blocks, "end", label);
      if (result.saved) app.pushUndo(result.saved);
      app.documentChanged();
      setNotice({ intent: "success", text: t.copy.added(COPY_KINDS[kind].form) });
    } catch (e) {
      setNotice({ intent: "error", text: t.failed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.section}>
      <Text as="h3" weight="semibold">
        {t.copy.title}
      </Text>
      <Text size={200}>{t.copy.hint}</Text>
      <Field label={t.copy.kind}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as CopyKind)}>
          {(Object.keys(COPY_KINDS) as CopyKind[]).map((k) => (
            <option key={k} value={k}>
              {COPY_KINDS[k].name}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "trich-sao" && <Text size={200}>{t.copy.excerptHint}</Text>}
      <Field label={t.copy.number} hint={t.copy.numberHint}>
        <Input value={number} onChange={(_, d) => setNumber(d.value)} />
      </Field>
      <Field label={t.copy.to} hint={t.copy.toHint}>
        <Input value={to} onChange={(_, d) => setTo(d.value)} />
      </Field>
      {refused && <Text size={200}>{refused}</Text>}
      <Button disabled={disabled || busy || refused !== null} onClick={() => void addCopy()}>
        {t.copy.add}
      </Button>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
