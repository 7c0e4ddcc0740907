// "Hướng dẫn" of a rule, inside the pane: a dialog with what the rule is (severity, fix, whether the decree or
// practice asks for it, the basis), then the rule's page read from docs/rules/<id>.md. Without the page, the
// rule's own description stands in.
import { useEffect, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RuleDoc } from "../../core/rules/docs";
import { helpStrings as h } from "../i18n/vi/help";
import { MarkdownView, type MdBlock } from "./markdown";
import { rulePageBlocks } from "./rule-page";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0 },
  },
  surface: { maxWidth: "min(640px, calc(100vw - 16px))" },
});

type Page = { state: "loading" } | { state: "ready"; blocks: MdBlock[] } | { state: "missing" };

async function loadPage(id: string): Promise<MdBlock[]> {
  const response = await fetch(new URL(`docs/rules/${id}.md`, window.location.href).href);
  if (!response.ok) throw new Error(String(response.status));
  return rulePageBlocks(await response.text());
}

function RulePage({ rule }: { rule: RuleDoc }) {
  const styles = useStyles();
  const [page, setPage] = useState<Page>({ state: "loading" });
  useEffect(() => {
    let live = true;
    loadPage(rule.id).then(
      (blocks) => live && setPage({ state: "ready", blocks }),
      () => live && setPage({ state: "missing" }),
    );
    return () => {
      live = false;
    };
  }, [rule.id]);
  return (
    <>
      <dl className={styles.facts}>
        <dt>{h.severity}</dt>
        <dd>{h.severities[rule.severity]}</dd>
        <dt>{h.fix}</dt>
        <dd>{h.fixPolicies[rule.fixPolicy]}</dd>
        <dt>{h.normativity}</dt>
        <dd>{h.normativities[rule.normativity]}</dd>
        <dt>{h.basis}</dt>
        <dd>{rule.basis}</dd>
      </dl>
      {page.state === "loading" && <Spinner size="tiny" label={h.loading} />}
      {page.state === "ready" && <MarkdownView blocks={page.blocks} />}
      {page.state === "missing" && (
        <>
          <p>{rule.description}</p>
          <Text italic>{h.noPage}</Text>
        </>
      )}
    </>
  );
}

/** The "Hướng dẫn" button of a rule and the dialog it opens. */
export function RuleHelp({ rule }: { rule: RuleDoc }) {
  const styles = useStyles();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" aria-label={h.open(rule.title)}>
          {h.button}
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{rule.title}</DialogTitle>
          {/* A long page scrolls: the region takes focus so the keyboard can scroll it too. */}
          <DialogContent tabIndex={0} role="region" aria-label={rule.title}>
            <RulePage rule={rule} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{h.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
