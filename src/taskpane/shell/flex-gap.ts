// Space between the children of a flex box. `gap` on flex boxes is missing in the old Edge webview of Office
// 2016/2019 (EdgeHTML 18) and in Safari 14.0: where polyfills.ts finds it missing it marks <html> with NO_FLEX_GAP,
// and these styles then space the children with margins instead.
import type { GriffelStyle } from "@fluentui/react-components";

export const NO_FLEX_GAP = "vanthu-no-flex-gap";
const MARKED = `:global(html.${NO_FLEX_GAP})`;
const LATER_CHILDREN = "& > * + *";

/** A flex column whose children stand `space` apart. */
export const column = (space: string): GriffelStyle => ({
  display: "flex",
  flexDirection: "column",
  rowGap: space,
  [MARKED]: { [LATER_CHILDREN]: { marginTop: space } },
});

/** A flex row whose children stand `space` apart (and its lines, when it wraps). */
export const row = (space: string): GriffelStyle => ({
  display: "flex",
  columnGap: space,
  rowGap: space,
  [MARKED]: { [LATER_CHILDREN]: { marginLeft: space } },
});
