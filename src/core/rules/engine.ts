// Rule engine. TEMPORARY STUB — owned by the checker work (h4-rules).
import type { DocModel } from "../model/types";
import type { OrgProfile } from "../org/types";
import type { Finding, Profile, ProfileId } from "./types";

export interface CheckOptions {
  profile?: ProfileId | Profile;
  org?: OrgProfile;
  /** Only these rule ids. */
  rules?: string[];
}

export function check(_model: DocModel, _options?: CheckOptions): Finding[] {
  throw new Error("check: not implemented yet");
}
