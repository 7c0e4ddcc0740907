// Follow the Office theme and the system. Under forced colours (Windows high contrast, which Office's own
// high-contrast themes follow) the browser paints with the system's colours and Fluent's components switch to
// them on their own; what is left unforced must then match the system's light or dark canvas, so the theme follows
// the system there, not Office's background (Fluent's teamsHighContrastTheme assumes a black canvas: its yellow
// links on a light high-contrast canvas fail contrast). Otherwise a dark Office background, or outside Office a
// system that prefers dark, gives the dark theme.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** What the system asks of the page (prefers-color-scheme, forced-colors). */
export interface SystemLook {
  dark: boolean;
  forcedColors: boolean;
}

/** `background` is Office's bodyBackgroundColor ("#RRGGBB"); null outside Office (then the system setting). */
export function themeFor(background: string | null, system: SystemLook): Theme {
  if (!background || system.forcedColors) return system.dark ? webDarkTheme : webLightTheme;
  return isDark(background) ? webDarkTheme : webLightTheme;
}

export function isDark(hex: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  // Relative luminance (sRGB weights) below the midpoint.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

const QUERIES = { dark: "(prefers-color-scheme: dark)", forcedColors: "(forced-colors: active)" };

/** The system's look now, and a call of `onChange` whenever it changes (returns the unsubscribe function). */
export function watchSystemLook(win: Window, onChange: () => void): { now(): SystemLook; stop(): void } {
  const lists = Object.values(QUERIES).map((q) => win.matchMedia?.(q) ?? null);
  // EdgeHTML 18's MediaQueryList has addListener only.
  for (const list of lists) {
    if (!list) continue;
    if (list.addEventListener) list.addEventListener("change", onChange);
    else list.addListener(onChange);
  }
  return {
    now: () => ({ dark: lists[0]?.matches ?? false, forcedColors: lists[1]?.matches ?? false }),
    stop() {
      for (const list of lists) {
        if (!list) continue;
        if (list.removeEventListener) list.removeEventListener("change", onChange);
        else list.removeListener(onChange);
      }
    },
  };
}
