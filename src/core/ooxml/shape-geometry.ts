// Where a drawn shape sits: DrawingML anchors (wp:anchor/wp:inline with positionH/V and extent) and VML shapes
// (v:line from/to, v:shape style), turned into one ShapeGeometry in twips.
import type { ShapeAxis, ShapeGeometry } from "../model/types";
import { ownValue } from "./own-string";
import type { Attrs } from "./xml";

/** 635 EMU to the twip. */
export const emuToTwips = (emu: string | undefined): number | undefined => {
  const n = emu === undefined ? NaN : Number(emu);
  return Number.isFinite(n) ? Math.round(n / 635) : undefined;
};

const UNIT_TWIPS: Record<string, number> = {
  pt: 20,
  in: 1440,
  cm: 566.93,
  mm: 56.693,
  px: 15,
  pc: 240,
  emu: 1 / 635,
};

/** A VML length ("15.85pt", "2cm", "12" in pixels) in twips. */
export function vmlLength(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^\s*(-?[\d.]+)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = UNIT_TWIPS[m[2].toLowerCase() || "px"];
  const n = Number(m[1]);
  return unit === undefined || !Number.isFinite(n) ? undefined : Math.round(n * unit);
}

function vmlStyle(style: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (style ?? "").split(";")) {
    const i = part.indexOf(":");
    if (i > 0) out[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
  }
  return out;
}

function vmlPoint(value: string | undefined): [number, number] | undefined {
  const [x, y] = (value ?? "").split(",");
  const px = vmlLength(x || "0");
  const py = vmlLength(y || "0");
  return px === undefined || py === undefined ? undefined : [px, py];
}

/**
 * A VML v:line or v:shape. VML anchors to the paragraph vertically and the column horizontally unless
 * mso-position-*-relative says otherwise; margin-left/top move the shape, a line's from/to are inside that box.
 */
export function vmlGeometry(name: string, attrs: Attrs): ShapeGeometry {
  const st = vmlStyle(attrs["style"]);
  const absolute = st["position"] === "absolute";
  const left = vmlLength(st["margin-left"] ?? st["left"]) ?? 0;
  const top = vmlLength(st["margin-top"] ?? st["top"]) ?? 0;
  let width = vmlLength(st["width"]) ?? 0;
  let height = vmlLength(st["height"]) ?? 0;
  let x = left;
  let y = top;
  if (name === "v:line") {
    const from = vmlPoint(attrs["from"]) ?? [0, 0];
    const to = vmlPoint(attrs["to"]) ?? from;
    x += Math.min(from[0], to[0]);
    y += Math.min(from[1], to[1]);
    width = Math.abs(to[0] - from[0]);
    height = Math.abs(to[1] - from[1]);
  }
  const axis = (from: string, offset: number): ShapeAxis => ({ from: ownValue(from), offset });
  return {
    floating: absolute,
    x: axis(st["mso-position-horizontal-relative"] ?? "column", x),
    y: axis(st["mso-position-vertical-relative"] ?? "paragraph", y),
    width,
    height,
  };
}
