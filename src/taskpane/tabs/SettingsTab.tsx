// Cài đặt: the organisation profile form — saved through setOrg (the app keeps it in local settings), exported as
// JSON, imported from a shared file.
import { useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import type { OrgProfile } from "../../core/org/types";
import { ORG_EXPORTED_KEY, orgProfileJson, parseOrgProfile } from "../../core/org/profile-json";
import { parseRecipientLines, recipientLines } from "../../core/org/recipient-lines";
import { settings as t } from "../i18n/vi/settings";
import { useApp } from "../state/app-context";
import { column, row } from "../shell/flex-gap";
import { UnitFields } from "../settings/UnitFields";

const useStyles = makeStyles({
  root: { ...column("8px"), padding: "12px" },
  actions: { ...row("8px"), flexWrap: "wrap" },
});

type Notice = { intent: "success" | "error" | "info"; text: string } | null;

function download(json: string): boolean {
  if (typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = t.fileName;
  a.click();
  URL.revokeObjectURL(url);
  return true;
}

export default function SettingsTab() {
  const styles = useStyles();
  const app = useApp();
  const [org, setForm] = useState<OrgProfile>(app.org);
  const [recipients, setRecipients] = useState(recipientLines(app.org.recipients));
  const [notice, setNotice] = useState<Notice>(null);
  const [exportJson, setExportJson] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const set = <K extends keyof OrgProfile>(key: K, value: OrgProfile[K]) => setForm({ ...org, [key]: value });
  const setSigner = (key: keyof OrgProfile["signer"], value: string) =>
    setForm({ ...org, signer: { ...org.signer, [key]: value } });
  const current = (): OrgProfile => ({ ...org, recipients: parseRecipientLines(recipients) });

  const save = () => {
    const next = current();
    app.setOrg(next);
    setNotice({ intent: "success", text: t.saved });
    if (!app.settings.get<boolean>(ORG_EXPORTED_KEY)) setExportJson(orgProfileJson(next));
  };

  const offerExport = () => {
    const json = orgProfileJson(current());
    setExportJson(json);
    if (download(json)) app.settings.set(ORG_EXPORTED_KEY, true);
  };

  const importFile = async (file: File) => {
    try {
      const next = parseOrgProfile(await file.text());
      setForm(next);
      setRecipients(recipientLines(next.recipients));
      app.setOrg(next);
      app.settings.set(ORG_EXPORTED_KEY, true);
      setNotice({ intent: "success", text: t.imported });
    } catch (e) {
      setNotice({ intent: "error", text: t.importFailed(e instanceof Error ? e.message : String(e)) });
    }
  };

  const text = (label: string, value: string, onChange: (v: string) => void, hint?: string) => (
    <Field label={label} hint={hint}>
      <Input value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );

  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {t.title}
      </Text>
      <Text>{t.intro}</Text>
      {text(t.parentAgency, org.parentAgency, (v) => set("parentAgency", v), t.parentAgencyHint)}
      {text(t.agencyName, org.agencyName, (v) => set("agencyName", v), t.agencyNameHint)}
      {text(t.agencyAbbr, org.agencyAbbr, (v) => set("agencyAbbr", v))}
      {text(t.unitAbbr, org.unitAbbr, (v) => set("unitAbbr", v))}
      {text(t.place, org.place, (v) => set("place", v))}
      <UnitFields
        province={org.province}
        commune={org.commune ?? ""}
        onChange={(next) => setForm({ ...org, ...next })}
      />
      <Field label={t.profile}>
        <Select value={org.profile} onChange={(_, d) => set("profile", d.value as OrgProfile["profile"])}>
          {Object.entries(t.profiles).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Text as="h3" weight="semibold">
        {t.signer}
      </Text>
      <Field label={t.authority}>
        <Select value={org.signer.authority} onChange={(_, d) => setSigner("authority", d.value)}>
          {Object.entries(t.authorities).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {text(t.collective, org.signer.collective ?? "", (v) => setSigner("collective", v))}
      {text(t.headTitle, org.signer.headTitle, (v) => setSigner("headTitle", v))}
      {text(t.signerTitle, org.signer.signerTitle ?? "", (v) => setSigner("signerTitle", v))}
      {text(t.signerName, org.signer.name, (v) => setSigner("name", v))}
      <Field label={t.recipients} hint={t.recipientsHint}>
        <Textarea value={recipients} rows={4} onChange={(_, d) => setRecipients(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          {t.save}
        </Button>
        <Button onClick={offerExport}>{t.export}</Button>
        <Button onClick={() => fileInput.current?.click()}>{t.import}</Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t.import}
          style={{ display: "none" }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = "";
          }}
        />
      </div>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {exportJson && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <div>{t.exportOffer}</div>
            <Button size="small" onClick={offerExport}>
              {t.export}
            </Button>
            <div>{t.exportCopy}</div>
            <Textarea
              readOnly
              value={exportJson}
              rows={6}
              aria-label={t.exportCopy}
              style={{ width: "100%" }}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200}>{t.storageNote}</Text>
    </div>
  );
}
