// Clause libraries: format, validation, layers, diff, search, and clause → blocks.
export * from "./types";
export { parseLibrary, loadLibrary, formatIssue, readablePath, MAX_LIBRARY_BYTES } from "./validate";
export { textProblems, variablesIn } from "./text-safety";
export * from "./variables";
export * from "./blocks";
export * from "./layers";
export * from "./diff";
export * from "./search";
export { serializeLibrary } from "./serialize";
