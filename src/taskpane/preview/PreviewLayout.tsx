// The browser preview: the task pane (against the in-memory host) beside a live rendering of its document.
// The pane renders at once; the document side says it is opening until `opening` gives the host and its first
// model (or says why it could not). The rendering then follows the host's change, selection and comment events;
// "Mở tệp .docx" loads the user's own file.
import { Fragment, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { DocModel } from "../../core/model/types";
import type { MemoryComment, MemoryHost, MemorySelection } from "../../host/memory";
import { DocumentView, type InsertedMark } from "./DocumentView";
import { downloadBlob } from "../tabs/library/download";
import { app } from "../i18n/vi/app";
import { row } from "../shell/flex-gap";

const useStyles = makeStyles({
  layout: {
    display: "flex",
    height: "100%",
    "@media (max-width: 800px)": { flexDirection: "column", height: "auto" },
  },
  pane: {
    // A Word task pane is about 350 px wide: the preview keeps that width whatever a message says.
    flex: "0 0 360px",
    width: "360px",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    overflowX: "hidden",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 800px)": { flexBasis: "auto", width: "auto", height: "70vh", borderRight: "none" },
  },
  document: {
    flexGrow: 1,
    overflow: "auto",
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  toolbar: {
    ...row(tokens.spacingHorizontalS),
    alignItems: "center",
    marginBottom: tokens.spacingVerticalS,
  },
});

type PreviewHost = Pick<MemoryHost, "read" | "subscribe" | "openNew" | "select" | "docx">;

/** The open document: its host and the model it was read into. */
export interface PreviewDocument {
  host: PreviewHost;
  model: DocModel;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface Props {
  /** Resolves once the document is read; rejects with one Vietnamese sentence when it cannot be. */
  opening: Promise<PreviewDocument>;
  /** File name of the initial document. */
  initialName: string;
  /** The task pane, given the callback that re-renders the document after a change and the document's name. */
  children(onDocumentChanged: () => void, documentName: string): ReactNode;
}

export function PreviewLayout({ opening, initialName, children }: Props) {
  const styles = useStyles();
  const [host, setHost] = useState<PreviewHost | null>(null);
  const [model, setModel] = useState<DocModel | null>(null);
  const [openingError, setOpeningError] = useState<string | null>(null);
  const [selection, setSelection] = useState<MemorySelection | null>(null);
  const [comments, setComments] = useState<MemoryComment[]>([]);
  const [inserted, setInserted] = useState<InsertedMark | null>(null);
  const [name, setName] = useState(initialName);
  const [generation, setGeneration] = useState(0);
  const [openError, setOpenError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // The pane is already there: the document follows when it is read. The host is listened to from the moment it
  // is open: what the pane did meanwhile waits on the same promise and runs after this, so no change is missed.
  useEffect(() => {
    let current = true;
    let unsubscribe: (() => void) | undefined;
    opening.then(
      (opened) => {
        if (!current) return;
        unsubscribe = opened.host.subscribe((event) => {
          if (event.type === "change") setModel(event.model);
          else if (event.type === "select") setSelection(event.selection);
          else if (event.type === "inserted")
            setInserted((last) => ({ first: event.first, count: event.count, key: (last?.key ?? 0) + 1 }));
          else setComments(event.comments);
        });
        setHost(opened.host);
        setModel(opened.model);
      },
      (error: Error) => current && setOpeningError(error.message),
    );
    return () => {
      current = false;
      unsubscribe?.();
    };
  }, [opening]);

  const refresh = useCallback(() => {
    host?.read().then(setModel, (error: Error) => console.error("Trợ lý Văn thư (xem thử):", error));
  }, [host]);

  const openFile = async (file: File) => {
    if (!host) return;
    setOpenError(null);
    try {
      await host.openNew(new Uint8Array(await file.arrayBuffer()));
      setSelection(null);
      setComments([]);
      setInserted(null);
      setName(file.name);
      // A new document: the pane starts afresh so no tab keeps findings of the old one.
      setGeneration((g) => g + 1);
    } catch (error) {
      setOpenError(`${app.preview.openFailed(file.name)}: ${(error as Error).message}`);
    }
  };

  /** The document with the pane's changes, as the file it was opened from plus those changes. */
  const download = () => {
    const bytes = host?.docx() ?? null;
    const ok =
      bytes !== null &&
      downloadBlob(
        app.preview.downloadName(name),
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }),
      );
    setOpenError(ok ? null : app.preview.downloadFailed);
  };

  return (
    <div className={styles.layout}>
      <div className={styles.pane}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{app.preview.banner}</MessageBarBody>
        </MessageBar>
        <Fragment key={generation}>{children(refresh, name)}</Fragment>
      </div>
      <main className={styles.document} aria-label={app.preview.documentLabel} data-testid="doc-preview">
        <div className={styles.toolbar}>
          <Button
            icon={<FolderOpen20Regular />}
            size="small"
            disabled={!host}
            onClick={() => fileInput.current?.click()}
          >
            {app.preview.openFile}
          </Button>
          <Button icon={<ArrowDownload20Regular />} size="small" disabled={!host} onClick={download}>
            {app.preview.download}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept={`.docx,${DOCX_TYPE}`}
            hidden
            data-testid="open-docx"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void openFile(file);
            }}
          />
        </div>
        {openError && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{openError}</MessageBarBody>
          </MessageBar>
        )}
        {openingError && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{openingError}</MessageBarBody>
          </MessageBar>
        )}
        {!model && !openingError && <Spinner size="small" label={app.preview.opening} />}
        {host && model && (
          <DocumentView
            model={model}
            selection={selection}
            comments={comments}
            inserted={inserted}
            onSelect={(next) => void host.select(next.paragraph, next.span, undefined, next.last)}
          />
        )}
      </main>
    </div>
  );
}
