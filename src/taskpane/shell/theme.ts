// Follow the Office theme: a dark Office background gives the dark Fluent theme.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** `background` is Office's bodyBackgroundColor ("#RRGGBB"); null outside Office (then the system setting). */
export function themeFor(background: string | null, systemPrefersDark: boolean): Theme {
  if (!background) return systemPrefersDark ? webDarkTheme : webLightTheme;
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
