import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDark, themeFor } from "../../src/taskpane/shell/theme";

describe("themeFor", () => {
  test("follows Office's background colour", () => {
    expect(themeFor("#262626", false)).toBe(webDarkTheme);
    expect(themeFor("#FFFFFF", true)).toBe(webLightTheme);
    expect(themeFor("#E6E6E6", false)).toBe(webLightTheme);
  });

  test("falls back to the system setting outside Office", () => {
    expect(themeFor(null, true)).toBe(webDarkTheme);
    expect(themeFor(null, false)).toBe(webLightTheme);
  });

  test("treats an unreadable colour as light", () => {
    expect(isDark("black")).toBe(false);
    expect(isDark("000000")).toBe(true);
  });
});
