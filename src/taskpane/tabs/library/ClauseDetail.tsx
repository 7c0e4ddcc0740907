// One clause: preview with the variables filled, the values to fill, insertion at the cursor, and the
// edit/delete actions of the user's layer (with what differs from the province's version).
import { useEffect, useRef } from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { clausesToBlocks } from "../../../core/library/blocks";
import { clauseText, diffLines, type WordOp } from "../../../core/library/diff";
import type { MergedClause } from "../../../core/library/layers";
import { clauseVariables, fillText, type VariableValues } from "../../../core/library/variables";
import { library as t } from "../../i18n/vi/library";
import { column, row } from "../../shell/flex-gap";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  preview: {
    fontFamily: "'Times New Roman', serif",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  para: { margin: 0, marginBottom: "6pt", textAlign: "justify", textIndent: "1cm" },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  actions: { ...row(tokens.spacingHorizontalS), flexWrap: "wrap" },
  del: { textDecoration: "line-through", color: tokens.colorPaletteRedForeground1 },
  add: { textDecoration: "underline", color: tokens.colorPaletteGreenForeground1 },
});

function Word({ op, text }: WordOp) {
  const styles = useStyles();
  if (op === "del") return <del className={styles.del}>{text}</del>;
  if (op === "add") return <ins className={styles.add}>{text}</ins>;
  return <span>{text}</span>;
}

export interface ClauseDetailProps {
  item: MergedClause;
  values: VariableValues;
  onValue(name: string, value: string): void;
  onInsert(): void;
  inserting: boolean;
  onEdit(): void;
  onRemove(): void;
}

export function ClauseDetail({
  item,
  values,
  onValue,
  onInsert,
  inserting,
  onEdit,
  onRemove,
}: ClauseDetailProps) {
  const styles = useStyles();
  const { clause, origin, baseClause } = item;
  // A clause picked from a long list opens below it: bring its detail into view.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    sectionRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [clause.id]);
  const blocks = clausesToBlocks([clause], values);
  const variables = clauseVariables(clause);
  return (
    <section ref={sectionRef} className={styles.root} aria-label={clause.title}>
      <Subtitle2>
        {fillText(clause.title, values)}{" "}
        {origin !== "base" && <Badge appearance="tint">{t.origin[origin]}</Badge>}
      </Subtitle2>
      <Caption1>{clause.section}</Caption1>
      {clause.note && (
        <Caption1>
          {t.detail.note}: {clause.note}
        </Caption1>
      )}
      {variables.length > 0 && (
        <fieldset>
          <legend>{t.detail.variablesTitle}</legend>
          {variables.map((name) => (
            <Field
              key={name}
              label={t.variables[name]}
              validationState={values[name]?.trim() ? "none" : "warning"}
              validationMessage={values[name]?.trim() ? undefined : t.detail.missingValue}
            >
              <Input value={values[name] ?? ""} onChange={(_, d) => onValue(name, d.value)} />
            </Field>
          ))}
        </fieldset>
      )}
      <div className={styles.preview} aria-label={t.detail.preview} role="document">
        {blocks.map((block, i) => (
          <p key={i} className={styles.para}>
            {block.runs.map((run, j) => {
              const style = {
                fontWeight: run.bold ? 700 : undefined,
                fontStyle: run.italic ? "italic" : undefined,
              };
              return run.placeholder ? (
                <mark key={j} className={styles.placeholder} style={style}>
                  {run.text}
                </mark>
              ) : (
                <span key={j} style={style}>
                  {run.text}
                </span>
              );
            })}
          </p>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onInsert} disabled={inserting}>
          {inserting ? t.detail.inserting : t.detail.insert}
        </Button>
        <Button onClick={onEdit}>{origin === "base" ? t.detail.editBase : t.detail.edit}</Button>
        {origin !== "base" && (
          <Button onClick={onRemove}>{origin === "override" ? t.detail.restore : t.detail.remove}</Button>
        )}
      </div>
      {baseClause && (
        <div aria-label={t.detail.diffTitle}>
          <Caption1>{t.detail.diffTitle}:</Caption1>{" "}
          {diffLines(clauseText(baseClause), clauseText(clause)).map((line, i) => (
            <Text as="p" block key={i}>
              {line.op === "change" ? (
                line.words.map((w, j) => <Word key={j} op={w.op} text={w.text} />)
              ) : (
                <Word op={line.op} text={line.text} />
              )}
            </Text>
          ))}
        </div>
      )}
    </section>
  );
}
