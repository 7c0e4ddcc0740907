// theme1.xml font scheme: what "minorHAnsi", "majorEastAsia"… name.
import { ownValue } from "./own-string";
import { child, type XNode } from "./xml";

export interface ThemeFonts {
  major: { latin: string | null; ea: string | null; cs: string | null };
  minor: { latin: string | null; ea: string | null; cs: string | null };
}

function faces(node: XNode | undefined): ThemeFonts["major"] {
  const face = (name: string): string | null => {
    const v = child(node, name)?.attrs["typeface"];
    return v === undefined || v === "" ? null : ownValue(v);
  };
  return { latin: face("a:latin"), ea: face("a:ea"), cs: face("a:cs") };
}

export function readThemeFonts(root: XNode | null): ThemeFonts {
  const scheme = child(child(child(root ?? undefined, "a:theme"), "a:themeElements"), "a:fontScheme");
  return { major: faces(child(scheme, "a:majorFont")), minor: faces(child(scheme, "a:minorFont")) };
}

/** The font a theme reference names: majorAscii/majorHAnsi → major latin, minorEastAsia → minor ea, …Bidi → cs. */
export function themeFont(fonts: ThemeFonts, ref: string): string | null {
  const group = ref.startsWith("major") ? fonts.major : ref.startsWith("minor") ? fonts.minor : null;
  if (group === null) return null;
  if (ref.endsWith("EastAsia")) return group.ea;
  if (ref.endsWith("Bidi")) return group.cs;
  return group.latin;
}
