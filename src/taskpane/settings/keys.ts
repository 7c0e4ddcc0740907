// Keys of what the shell keeps in the SettingsStore.
export const SETTINGS = {
  lastTab: "lastTab",
  org: "org",
} as const;
