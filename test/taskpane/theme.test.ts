import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDark, themeFor, watchSystemLook } from "../../src/taskpane/shell/theme";

const light = { dark: false, forcedColors: false };
const dark = { dark: true, forcedColors: false };

describe("themeFor", () => {
  test("follows Office's background colour", () => {
    expect(themeFor("#262626", light)).toBe(webDarkTheme);
    expect(themeFor("#FFFFFF", dark)).toBe(webLightTheme);
    expect(themeFor("#E6E6E6", light)).toBe(webLightTheme);
  });

  test("falls back to the system setting outside Office", () => {
    expect(themeFor(null, dark)).toBe(webDarkTheme);
    expect(themeFor(null, light)).toBe(webLightTheme);
  });

  test("under forced colours, follows the system's canvas rather than Office's background", () => {
    expect(themeFor("#FFFFFF", { dark: true, forcedColors: true })).toBe(webDarkTheme);
    expect(themeFor("#262626", { dark: false, forcedColors: true })).toBe(webLightTheme);
  });

  test("treats an unreadable colour as light", () => {
    expect(isDark("black")).toBe(false);
    expect(isDark("000000")).toBe(true);
  });
});

describe("watchSystemLook", () => {
  test("reads the media queries and calls back when one changes", () => {
    const listeners = new Map<string, () => void>();
    const matches: Record<string, boolean> = {
      "(prefers-color-scheme: dark)": true,
      "(forced-colors: active)": false,
    };
    const win = {
      matchMedia: (query: string) => ({
        get matches() {
          return matches[query];
        },
        addEventListener: (_: string, f: () => void) => listeners.set(query, f),
        removeEventListener: () => listeners.delete(query),
      }),
    } as unknown as Window;
    const onChange = jest.fn();
    const look = watchSystemLook(win, onChange);
    expect(look.now()).toEqual({ dark: true, forcedColors: false });
    matches["(forced-colors: active)"] = true;
    listeners.get("(forced-colors: active)")?.();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(look.now()).toEqual({ dark: true, forcedColors: true });
    look.stop();
    expect(listeners.size).toBe(0);
  });
});
