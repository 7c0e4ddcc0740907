// Built-in profiles and the merging of an organisation's own profile onto one of them.
import type { Profile, ProfileId } from "../rules/types";
import { dangProfile } from "./dang";
import { mttqProfile } from "./mttq";
import { nd30Profile } from "./nd30";

export const builtinProfiles: Record<ProfileId, Profile> = {
  nd30: nd30Profile,
  dang: dangProfile,
  mttq: mttqProfile,
};

export function isProfileId(id: string): id is ProfileId {
  return id in builtinProfiles;
}

export { mergeProfile, type ProfileRefusal } from "./merge";
