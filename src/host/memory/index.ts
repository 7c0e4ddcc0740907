export { MemoryHost } from "./memory-host";
export type {
  BlocksToModel,
  MemoryComment,
  MemoryHostEvent,
  MemoryListener,
  MemorySelection,
} from "./memory-host";
