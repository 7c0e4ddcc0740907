export { WordHost } from "./word-host";
export { officeReady, getPartitionKey, OFFICE_READY_TIMEOUT_MS } from "./office-ready";
export type { OfficeReadyInfo } from "./office-ready";
export { globalApis } from "./office-api";
export type { OfficeApi, WordApis, WordRun } from "./office-api";
