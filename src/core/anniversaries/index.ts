// Commemorative days: dataset, selection, rendering and matching.
export * from "./types";
export { builtinDataset, validateDataset, withProvinceLayer, findEvent } from "./dataset";
export {
  selectAnniversaries,
  solarDateIn,
  countYearOf,
  customToEvent,
  displayName,
  DEFAULT_SELECTION,
  type SelectionOptions,
} from "./select";
export { renderLines, renderBlocks, renderYearItems, sortEvents, type RenderOptions } from "./render";
