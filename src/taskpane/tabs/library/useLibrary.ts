// State of the Thư viện tab: the base library, the user's layer, a pending new version and the actions on
// them. Every change to the layer is validated, then stored (previous copy first) before it is shown.
import { useCallback, useMemo, useState } from "react";
import { VanThuError } from "../../../core/errors";
import { diffLibraries, isEmptyDiff, type LibraryDiff } from "../../../core/library/diff";
import {
  mergeLayers,
  newLayer,
  putOwnClause,
  rebaseLayer,
  removeOwnClause,
  type MergedClause,
} from "../../../core/library/layers";
import { serializeLibrary } from "../../../core/library/serialize";
import type { Clause, ClauseLibrary } from "../../../core/library/types";
import { decodeLibraryBytes, formatIssue, parseLibrary } from "../../../core/library/validate";
import { agencyInSentence } from "../../../core/library/variables";
import type { OrgProfile } from "../../../core/org/types";
import type { SettingsStore } from "../../state/app-context";
import { library as t } from "../../i18n/vi/library";
import { fetchLibraryText } from "./fetch-library";
import { LIBRARY_KEYS, readStored, saveBase, saveLayer } from "./storage";

/**
 * FileReader rather than Blob.text(), which the EdgeHTML webview of Office 2016/2019 lacks; read as bytes, so a
 * file that is not UTF-8 is refused rather than read with U+FFFD in place of its bytes.
 */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      try {
        resolve(decodeLibraryBytes(new Uint8Array(reader.result as ArrayBuffer)));
      } catch (e) {
        reject(e);
      }
    };
    reader.onerror = () => reject(new VanThuError("io", t.sources.fileUnreadable(file.name)));
    reader.readAsArrayBuffer(file);
  });
}

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

export interface PendingLibrary {
  library: ClauseLibrary;
  text: string;
  source: string;
  /** Null when the file is a different library than the current base. */
  diff: LibraryDiff | null;
}

export function useLibrary(settings: SettingsStore, org: OrgProfile) {
  const [initial] = useState(() => readStored(settings));
  const [base, setBase] = useState(initial.base);
  const [layer, setLayer] = useState<ClauseLibrary | null>(initial.layer);
  const [pending, setPending] = useState<PendingLibrary | null>(null);
  const [notice, setNotice] = useState<Notice | null>(
    initial.problems.length ? { intent: "warning", text: initial.problems.join(" ") } : null,
  );
  const [busy, setBusy] = useState(false);

  const merged: MergedClause[] = useMemo(() => mergeLayers(base?.library ?? null, layer), [base, layer]);

  const storeLayer = useCallback(
    (next: ClauseLibrary): void => {
      // The layer is checked as a file would be, so markup pasted into a clause is refused here too.
      const checked = parseLibrary(serializeLibrary(next));
      if (!checked.ok) throw new VanThuError("invalid-library", t.editor.invalid(checked.issues[0].reason));
      saveLayer(settings, checked.library);
      setLayer(checked.library);
    },
    [settings],
  );

  /** Make a library the base; returns false when it could not be cached for offline use. */
  const accept = useCallback(
    (p: PendingLibrary): boolean => {
      const cached = saveBase(settings, p.text, p.source);
      setBase({ library: p.library, source: p.source });
      if (layer) storeLayer(rebaseLayer(layer, p.library));
      setPending(null);
      return cached;
    },
    [layer, settings, storeLayer],
  );

  /** A library file's text, from a file, an address or a starter. */
  const loadText = useCallback(
    (text: string, source: string): void => {
      const result = parseLibrary(text);
      if (!result.ok) {
        const more = result.issues.length > 1 ? ` (+${result.issues.length - 1})` : "";
        setNotice({ intent: "error", text: `${source}: ${formatIssue(result.issues[0])}${more}` });
        return;
      }
      const lib = result.library;
      if (lib.layer || lib.base) {
        storeLayer(lib);
        setNotice({ intent: "success", text: t.sources.layerImported(lib.clauses.length) });
        return;
      }
      const current = base?.library;
      if (!current) {
        const cached = accept({ library: lib, text, source, diff: null });
        setNotice(
          cached
            ? { intent: "success", text: t.sources.loaded(lib.name, lib.version) }
            : { intent: "warning", text: t.sources.baseNotCached },
        );
        return;
      }
      if (current.id === lib.id) {
        const diff = diffLibraries(current, lib);
        if (isEmptyDiff(diff) && current.version === lib.version) {
          saveBase(settings, text, source);
          setNotice({ intent: "info", text: t.sources.unchanged(lib.version) });
          return;
        }
        setPending({ library: lib, text, source, diff });
      } else setPending({ library: lib, text, source, diff: null });
      setNotice(null);
    },
    [accept, base, settings, storeLayer],
  );

  const run = useCallback(async (work: () => Promise<void> | void): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }, []);

  const loadUrl = useCallback(
    (address: string) =>
      run(async () => {
        const text = await fetchLibraryText(address);
        settings.set(LIBRARY_KEYS.url, address.trim());
        loadText(text, address.trim());
      }),
    [loadText, run, settings],
  );

  const loadFile = useCallback(
    (file: File) =>
      run(async () => {
        loadText(await readFileText(file), file.name);
      }),
    [loadText, run],
  );

  const ensureLayer = useCallback(
    (): ClauseLibrary =>
      layer ??
      newLayer(
        {
          level: org.level,
          organisation:
            agencyInSentence(org.agencyName, [org.province, org.commune ?? "", ...org.names]) || org.place,
        },
        base?.library ?? null,
        new Date(),
      ),
    [base, layer, org],
  );

  const putClause = useCallback(
    (clause: Clause): void => storeLayer(putOwnClause(ensureLayer(), clause, new Date())),
    [ensureLayer, storeLayer],
  );

  const removeClause = useCallback(
    (id: string): void => {
      if (layer) storeLayer(removeOwnClause(layer, id, new Date()));
    },
    [layer, storeLayer],
  );

  const acceptPending = useCallback(() => {
    if (!pending) return;
    void run(() => {
      const cached = accept(pending);
      setNotice(
        cached
          ? { intent: "success", text: t.update.accepted(pending.library.version) }
          : { intent: "warning", text: t.sources.baseNotCached },
      );
    });
  }, [accept, pending, run]);

  return {
    base,
    layer,
    merged,
    pending,
    notice,
    busy,
    setNotice,
    loadText: (text: string, source: string) => run(() => loadText(text, source)),
    loadUrl,
    loadFile,
    putClause,
    removeClause,
    acceptPending,
    rejectPending: () => setPending(null),
    savedUrl: settings.get<string>(LIBRARY_KEYS.url),
    markExported: (version: string) => settings.set(LIBRARY_KEYS.layerExported, version),
    exportedVersion: settings.get<string>(LIBRARY_KEYS.layerExported),
  };
}

export type LibraryState = ReturnType<typeof useLibrary>;
