// Kiểm tra: check the document against a profile, navigate findings, fix them, leave comments, export a report.
import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { renderHtmlReport } from "../../core/report/html";
import { paragraphNumber } from "../../core/report/results";
import { ruleDocs } from "../../core/rules/docs";
import { RuleHelp } from "../help/RuleHelp";
import { needsConfirmation } from "../../core/rules/engine";
import type { Finding, ProfileId, Stage } from "../../core/rules/types";
import { checkStrings as s } from "../i18n/vi/check";
import { groupByRule, useCheck, type RuleGroup } from "../check/use-check";
import { displayExcerpt } from "../check/display-excerpt";
import { useApp } from "../state/app-context";
import { column, row } from "../shell/flex-gap";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  row: { ...row(tokens.spacingHorizontalS), alignItems: "center", flexWrap: "wrap" },
  finding: {
    ...column(tokens.spacingVerticalXXS),
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  excerpt: {
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: "pre-wrap",
    color: tokens.colorNeutralForeground3,
  },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

function where(f: Finding): string {
  if (f.paragraph !== null) return s.paragraph(paragraphNumber(f.paragraph));
  return f.paragraphId !== undefined ? s.outsideBody : s.pageLevel;
}

function downloadReport(html: string, documentName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = s.reportFile(documentName);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function CheckTab() {
  const app = useApp();
  const styles = useStyles();
  const state = useCheck();
  const [track, setTrack] = useState(false);
  const [pending, setPending] = useState<Finding | null>(null);
  const [sensitiveOk, setSensitiveOk] = useState(false);
  // A notice belongs to the revision it describes: an undo (a newer revision) retires it.
  const [notice, setNotice] = useState<{ text: string; revision: number } | null>(null);
  const caps = app.capabilities;
  const busy = state.phase === "reading" || state.phase === "checking";
  const needsConfirm = state.model !== null && needsConfirmation(state.model) && !sensitiveOk;
  const groups = groupByRule(state.findings);
  const help = new Map(ruleDocs().map((d) => [d.id, d]));
  const count = (sev: Finding["severity"]) => state.findings.filter((f) => f.severity === sev).length;

  const applyFindings = async (list: Finding[], label: string) => {
    const edits = list.flatMap((f) => f.fix?.edits ?? []);
    const result = await state.apply(edits, label, track && caps.trackChanges);
    setNotice({
      text: [s.applied(result.applied), result.skipped.length ? s.skipped(result.skipped.length) : ""]
        .filter(Boolean)
        .join(" "),
      revision: result.revision,
    });
    setPending(null);
  };

  const fixOne = (f: Finding, group: RuleGroup) => {
    if (group.fixPolicy === "safe") void applyFindings([f], s.changeLabel(1, group.title));
    else setPending(f);
  };

  const fixAll = (group: RuleGroup) =>
    void applyFindings(
      group.findings.filter((f) => f.fixable),
      s.changeLabel(group.findings.filter((f) => f.fixable).length, group.title),
    );

  const addComments = async () =>
    setNotice({
      text: s.commentsDone(await app.host.addComments(state.findings)),
      revision: app.revision,
    });

  const documentName = app.documentName ?? s.unnamedDocument;
  const exportReport = () =>
    downloadReport(
      renderHtmlReport([{ file: documentName, profile: state.profile, findings: state.findings }], {
        rules: ruleDocs(),
        docsBase: new URL("docs/rules/", window.location.href).href,
        generatedAt: new Date(),
      }),
      documentName,
    );

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={s.profile}>
          <Select
            value={state.profile}
            onChange={(_, d) => state.setProfile(d.value as ProfileId)}
            aria-label={s.profile}
          >
            {(Object.keys(s.profiles) as ProfileId[]).map((id) => (
              <option key={id} value={id}>
                {s.profiles[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.stage} hint={s.stageHint[state.stage]}>
          <Select
            value={state.stage}
            onChange={(_, d) => state.setStage(d.value as Stage)}
            aria-label={s.stage}
          >
            {(Object.keys(s.stages) as Stage[]).map((id) => (
              <option key={id} value={id}>
                {s.stages[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void state.run()}>
          {state.phase === "done" ? s.rerun : s.run}
        </Button>
      </div>
      {busy && (
        <Field
          validationMessage={
            state.progress
              ? s.progress(state.progress.done, state.progress.total)
              : state.phase === "reading"
                ? s.reading
                : s.checking
          }
          validationState="none"
        >
          <ProgressBar
            value={state.progress ? state.progress.done / Math.max(1, state.progress.total) : undefined}
          />
        </Field>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{s.error(state.error)}</MessageBarBody>
        </MessageBar>
      )}
      {notice && notice.revision === app.revision && (
        <MessageBar intent="info">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "done" && (
        <>
          <Text weight="semibold">{s.summary(count("error"), count("warning"), count("info"))}</Text>
          {state.findings.length === 0 && <Text>{s.none}</Text>}
          <div className={styles.row}>
            {caps.trackChanges ? (
              <Checkbox checked={track} onChange={(_, d) => setTrack(!!d.checked)} label={s.trackChanges} />
            ) : (
              <Text
                size={200}
              >{`${s.trackChanges} — ${s.unavailable(caps.reasons.trackChanges ?? "")}`}</Text>
            )}
          </div>
          <div className={styles.row}>
            {caps.comments ? (
              <Button disabled={!state.findings.length} onClick={() => void addComments()}>
                {s.comments}
              </Button>
            ) : (
              <Text size={200}>{`${s.comments} — ${s.unavailable(caps.reasons.comments ?? "")}`}</Text>
            )}
            <Button onClick={exportReport}>{s.export}</Button>
          </div>
          {needsConfirm && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {s.confirmSensitive}{" "}
                <Button size="small" onClick={() => setSensitiveOk(true)}>
                  {s.confirmSensitiveYes}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          <Accordion multiple collapsible>
            {groups.map((g) => (
              <AccordionItem key={g.rule} value={g.rule}>
                <AccordionHeader>
                  <Badge color={SEVERITY_COLOR[g.findings[0].severity]} appearance="tint">
                    {g.findings.length}
                  </Badge>
                  &nbsp;{g.title}
                </AccordionHeader>
                <AccordionPanel>
                  <div className={styles.row}>
                    {g.fixPolicy === "safe" && g.findings.some((f) => f.fixable) && (
                      <Button
                        size="small"
                        disabled={needsConfirm}
                        title={s.fixAllHint}
                        onClick={() => fixAll(g)}
                      >
                        {s.fixAll(g.findings.filter((f) => f.fixable).length)}
                      </Button>
                    )}
                    {help.get(g.rule) && <RuleHelp rule={help.get(g.rule)!} />}
                  </div>
                  {g.findings.map((f, i) => (
                    <div key={i} className={styles.finding}>
                      <Link
                        as="button"
                        disabled={f.paragraph === null}
                        onClick={() =>
                          f.paragraph !== null && void app.host.select(f.paragraph, f.span, f.excerpt)
                        }
                      >
                        {`${s.severity[f.severity]} · ${where(f)}`}
                      </Link>
                      <Text>{f.message}</Text>
                      {f.excerpt && (
                        <Text className={styles.excerpt}>
                          {displayExcerpt(
                            f.excerpt,
                            f.paragraph !== null ? state.model?.paragraphs[f.paragraph]?.text : undefined,
                          )}
                        </Text>
                      )}
                      {f.fixable && f.fix && pending !== f && (
                        <Button size="small" disabled={needsConfirm} onClick={() => fixOne(f, g)}>
                          {s.fix}
                        </Button>
                      )}
                      {!f.fixable && g.fixPolicy === "suggest-only" && (
                        <Text size={200}>{s.suggestOnly}</Text>
                      )}
                      {pending === f && f.fix && (
                        <MessageBar intent="info">
                          <MessageBarBody>
                            {s.confirmGuarded} {f.fix.description}{" "}
                            <Button
                              size="small"
                              appearance="primary"
                              onClick={() => void applyFindings([f], s.changeLabel(1, g.title))}
                            >
                              {s.apply}
                            </Button>{" "}
                            <Button size="small" onClick={() => setPending(null)}>
                              {s.cancel}
                            </Button>
                          </MessageBarBody>
                        </MessageBar>
                      )}
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </div>
  );
}
