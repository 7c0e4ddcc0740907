// TEMPORARY PLACEHOLDER — replaced by the work that owns this tab.
export default function LibraryTab() {
  return null;
}
