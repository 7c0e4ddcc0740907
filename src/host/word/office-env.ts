// What the task pane shell asks of Office.js besides the host itself: whether office.js was loaded, whether the
// host is Word, and the Office theme. Kept here because src/host/word is the only code that names Office.js.

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
}

/** True when the page loaded office.js (taskpane.html does; preview.html does not). */
export function officeScriptLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/** The host officeReady() reported is Word. */
export function isWordHost(host: Office.HostType | null): boolean {
  return host !== null && host === Office.HostType.Word;
}

/** Office theme colours where the host reports them (Word desktop), else null. Call once Office is ready. */
export function officeTheme(): OfficeThemeColors | null {
  try {
    const theme = Office.context.officeTheme;
    if (!theme || !theme.bodyBackgroundColor) return null;
    return { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor };
  } catch {
    // Some platforms throw instead of leaving officeTheme undefined.
    return null;
  }
}
