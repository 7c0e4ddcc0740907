// The task pane shell's small window onto Office.js: whether it loaded, which host it runs in, the storage
// partition key and the theme. Kept here because src/host/word is the only code that names Office.js.

export interface OfficeEnvironment {
  /** "word" inside Word; null when office.js runs outside Office (a plain browser tab); "other" for other hosts. */
  host: "word" | "other" | null;
  /** Office.context.partitionKey where the platform defines it (Word on the web partitions local storage). */
  partitionKey?: string;
  /** Office theme colours where the host reports them (Word desktop). */
  theme: { bodyBackgroundColor: string; bodyForegroundColor: string } | null;
}

export type OfficeStart = { status: "ready"; env: OfficeEnvironment } | { status: "timeout" };

/** True when the page loaded office.js (taskpane.html does; preview.html does not). */
export function officeScriptLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/**
 * Wait for Office.onReady, at most `timeoutMs`. office.js never resolves onReady when it cannot fetch its
 * locale strings (<ui-language>/office_strings.js), so the caller gets "timeout" instead of waiting forever.
 */
export function waitForOffice(timeoutMs: number): Promise<OfficeStart> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: "timeout" }), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve({ status: "ready", env: environment(info.host) });
    });
  });
}

function environment(host: Office.HostType | null): OfficeEnvironment {
  if (!host) return { host: null, theme: null };
  const context = Office.context;
  return {
    host: host === Office.HostType.Word ? "word" : "other",
    partitionKey: context.partitionKey || undefined,
    theme: officeTheme(context),
  };
}

function officeTheme(context: Office.Context): OfficeEnvironment["theme"] {
  try {
    const theme = context.officeTheme;
    if (!theme || !theme.bodyBackgroundColor) return null;
    return { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor };
  } catch {
    // Some platforms (Word on the web in some builds) throw instead of leaving officeTheme undefined.
    return null;
  }
}
