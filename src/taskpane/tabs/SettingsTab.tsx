// TEMPORARY PLACEHOLDER — replaced by the work that owns this tab.
export default function SettingsTab() {
  return null;
}
