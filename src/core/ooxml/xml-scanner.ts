// A hand-written scanner for the XML of OOXML parts, the reader's tokenizer (about a third cheaper than saxes on the
// 1,000-page plan): text runs to the next "<" by indexOf, attribute values to their quote in one tight loop, and names
// are hashed as they are read and taken from a table of interned strings, so a known name cuts no new string and
// keys an attribute object without a lookup. It reads elements, attributes in either quote, the five predefined
// entities and character references, CDATA, comments and processing instructions, with the well-formedness checks
// saxes made (balanced tags, names, characters XML allows, one root, no "]]>" or "--" where XML forbids them). What
// it reads reaches the sink exactly as saxes (xmlns off) gave it, except that a lone high surrogate is refused (saxes
// read it with the next character as one made-up code point); a DOCTYPE before the root throws `onDoctype()`,
// anything malformed `onMalformed()`. Chunks may cut the text anywhere: an unfinished tag waits for more (retried
// only once the waiting text has doubled, so a huge tag stays linear), text is passed on as it comes.
import { ownString } from "./own-string";
import type { Attrs } from "./xml";

/** What the scanner reports; `depth` counts elements open, the one just opened included. */
export interface ScanSink {
  open(name: string, attrs: Attrs, depth: number): void;
  close(name: string): void;
  text(text: string): void;
  /** An xmlns attribute of the tag being read, before the tag opens. */
  declare(key: string, uri: string): void;
}

/**
 * A character XML 1.0 does not allow anywhere, or a surrogate out of its pair (a lone low one is matched with the
 * character before it: old Edge has no lookbehind).
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/** Index of the first character of s[from, to) XML does not allow (a surrogate out of its pair included), or -1. */
function badChar(s: string, from: number, to: number): number {
  NOT_XML_CHAR.lastIndex = from;
  for (;;) {
    const found = NOT_XML_CHAR.exec(s);
    if (found === null || found.index >= to) return -1;
    const at = found.index;
    const c = s.charCodeAt(at);
    if (c < 0xd800 || c > 0xdbff) return at;
    const next = s.charCodeAt(at + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff) || at + 1 >= to) return at;
    NOT_XML_CHAR.lastIndex = at + 2;
  }
}

/** XML 1.0 (fifth edition) names. */
const NAME =
  // eslint-disable-next-line no-misleading-character-class -- code point ranges as the XML grammar lists them
  /^[:A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\u{10000}-\u{effff}][:A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\u{10000}-\u{effff}\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]*$/u;
const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/;
const PREDEFINED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

const HEX_REFERENCE = /^#x[0-9a-fA-F]+$/;
const DECIMAL_REFERENCE = /^#[0-9]+$/;

/** A name: ASCII ones ("w:p", "xmlns:w14") checked by code unit, others by the grammar's pattern. */
function isName(name: string): boolean {
  const first = name.charCodeAt(0);
  if (!(isAsciiNameChar(first) && (first > 0x40 || first === 0x3a))) return NAME.test(name);
  for (let k = 1; k < name.length; k++) if (!isAsciiNameChar(name.charCodeAt(k))) return NAME.test(name);
  return true;
}

/** A-Z a-z 0-9 : _ - . (a name may start with the letters, "_" and ":" only). */
const isAsciiNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x3a) ||
  c === 0x5f ||
  c === 0x2d ||
  c === 0x2e;

/** XML white space: space, tab, line feed, carriage return. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

const isXmlChar = (n: number): boolean =>
  n === 0x9 ||
  n === 0xa ||
  n === 0xd ||
  (n >= 0x20 && n <= 0xd7ff) ||
  (n >= 0xe000 && n <= 0xfffd) ||
  (n >= 0x10000 && n <= 0x10ffff);

/** The attributes of every tag that has none: one object, frozen, rather than one per tag (sinks only read them). */
const NO_ATTRIBUTES: Attrs = Object.freeze({});

/** A tag read before: what its text opens. */
interface KnownTag {
  name: string;
  attrs: Attrs;
  empty: boolean;
}

/**
 * Tags remembered by their whole text, at most this many of at most this length: OOXML repeats the same tags
 * (`<w:sz w:val="28"/>`, a run's fonts) thousands of times, and a repeat then costs a lookup instead of a read.
 */
const KNOWN_MAX = 4096;
const KNOWN_LENGTH = 256;

/** Marks the input as malformed: caught by `XmlScanner`, which calls `onMalformed`. */
class Malformed extends Error {}

/** A reference's text ("amp", "#x41"), or Malformed. */
function entity(name: string): string {
  const predefined = PREDEFINED.get(name);
  if (predefined !== undefined) return predefined;
  let code = NaN;
  if (name[1] === "x" && HEX_REFERENCE.test(name)) code = parseInt(name.slice(2), 16);
  else if (DECIMAL_REFERENCE.test(name)) code = parseInt(name.slice(1), 10);
  if (!isXmlChar(code)) throw new Malformed();
  return String.fromCodePoint(code);
}

/**
 * Character data of [from, to): references replaced, line ends made "\n" (in an attribute value every line end and
 * tab a space, as XML normalises attributes).
 */
function decode(s: string, from: number, to: number, attribute: boolean): string {
  let out = "";
  let copied = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const semi = s.indexOf(";", i + 1);
      if (semi < 0 || semi >= to || semi === i + 1) throw new Malformed();
      out += s.slice(copied, i) + entity(s.slice(i + 1, semi));
      i = semi;
      copied = semi + 1;
    } else if (c === 0x0d) {
      out += s.slice(copied, i) + (attribute ? " " : "\n");
      if (s.charCodeAt(i + 1) === 0x0a && i + 1 < to) i++;
      copied = i + 1;
    } else if (attribute && (c === 0x0a || c === 0x09)) {
      out += s.slice(copied, i) + " ";
      copied = i + 1;
    }
  }
  return copied === from ? s.slice(from, to) : out + s.slice(copied, to);
}

/** Text needs decoding when it holds a reference or a carriage return. */
const PLAIN_TEXT = /^[^&\r]*$/;

export class XmlScanner {
  /** Text received and not yet read. */
  private buffer = "";
  /** Read no markup again before the buffer reaches this length (an unfinished tag waits for its end). */
  private retryAt = 0;
  /** Characters at the start of the buffer already checked for ones XML does not allow. */
  private checked = 0;
  private readonly names: string[] = [];
  /**
   * Names met, valid, by length and first code unit. A name seen before is taken from here rather than cut out again:
   * no new string, and one already internalised as a property key (most of the cost of building attributes).
   */
  private readonly seen = new Map<number, string>();
  /** The attribute names of the tag being read. */
  private readonly keys: string[] = [];
  /** Tags read before by their text (none declaring a namespace: those must be declared again); see KNOWN_MAX. */
  private readonly known = new Map<string, KnownTag>();
  private sawRoot = false;
  private start = true;

  constructor(
    private readonly sink: ScanSink,
    private readonly onDoctype: () => Error,
    private readonly onMalformed: () => Error,
  ) {}

  write(chunk: string): void {
    this.run(chunk, false);
  }

  end(): void {
    this.run("", true);
  }

  private run(chunk: string, final: boolean): void {
    try {
      const text = this.buffer + chunk;
      // A high surrogate at a chunk's end waits for its pair; characters are checked once, as they arrive.
      let end = text.length;
      const last = text.charCodeAt(end - 1);
      if (!final && last >= 0xd800 && last <= 0xdbff) end--;
      const bad = badChar(text, this.checked, end);
      if (bad >= 0) {
        // What comes before the bad character is read first: a DOCTYPE there is refused as such.
        this.scan(text.slice(0, bad), false);
        throw new Malformed();
      }
      if (!final && end < this.retryAt) {
        this.buffer = text;
        this.checked = end;
        return;
      }
      const rest = this.scan(end === text.length ? text : text.slice(0, end), final);
      this.buffer = text.slice(rest);
      this.checked = end - rest;
      this.retryAt = rest < end ? (end - rest) * 2 : 0;
    } catch (error) {
      if (error instanceof Malformed) throw this.onMalformed();
      throw error;
    }
  }

  /** Reads `s` as far as it can; returns where it stopped (s.length when everything was read). */
  private scan(s: string, final: boolean): number {
    let i = 0;
    if (this.start) {
      // The XML declaration, only at the very start.
      if (!final && s.length < 6) return 0;
      if (s.startsWith("<?xml") && isSpace(s.charCodeAt(5))) {
        const end = s.indexOf("?>");
        if (end < 0) {
          if (final) throw new Malformed();
          return 0;
        }
        const declaration = XML_DECLARATION.exec(s.slice(0, end + 2));
        if (declaration === null || declaration[0].length !== end + 2) throw new Malformed();
        i = end + 2;
      }
      this.start = false;
    }
    while (i < s.length) {
      const lt = s.indexOf("<", i);
      const textEnd = lt < 0 ? s.length : lt;
      if (textEnd > i) {
        const stop = lt < 0 && !final ? this.textCut(s, i) : textEnd;
        if (stop > i) this.text(s, i, stop);
        if (lt < 0 && !final) return stop;
        if (lt < 0) break;
      }
      const next = this.markup(s, lt, final);
      if (next < 0) return lt;
      i = next;
    }
    if (final && this.names.length > 0) throw new Malformed();
    if (final && !this.sawRoot) throw new Malformed();
    return s.length;
  }

  /**
   * Where text running to the end of a chunk can be cut: before a reference still open, a "]" that may begin
   * "]]>", or a carriage return whose line feed may come next.
   */
  private textCut(s: string, from: number): number {
    let cut = s.length;
    const amp = s.lastIndexOf("&");
    if (amp >= from && s.indexOf(";", amp) < 0) cut = amp;
    while (cut > from && cut > s.length - 2 && (s[cut - 1] === "]" || s[cut - 1] === "\r")) cut--;
    return cut;
  }

  private text(s: string, from: number, to: number): void {
    if (this.names.length === 0) {
      // Outside the root only white space may stand.
      for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) throw new Malformed();
      return;
    }
    const raw = s.slice(from, to);
    if (raw.includes("]]>")) throw new Malformed();
    this.sink.text(PLAIN_TEXT.test(raw) ? raw : decode(s, from, to, false));
  }

  /** Reads the markup at `lt`; returns the index after it, or -1 when the chunk ends inside it. */
  private markup(s: string, lt: number, final: boolean): number {
    const c = s.charCodeAt(lt + 1);
    if (c === 0x2f /* / */) return this.closeTag(s, lt, final);
    if (c === 0x3f /* ? */) return this.instruction(s, lt, final);
    if (c === 0x21 /* ! */) return this.bang(s, lt, final);
    if (Number.isNaN(c)) return this.incomplete(final);
    return this.openTag(s, lt, final);
  }

  private incomplete(final: boolean): number {
    if (final) throw new Malformed();
    return -1;
  }

  private instruction(s: string, lt: number, final: boolean): number {
    const end = s.indexOf("?>", lt + 2);
    if (end < 0) return this.incomplete(final);
    let k = lt + 2;
    while (k < end && !isSpace(s.charCodeAt(k))) k++;
    const target = s.slice(lt + 2, k);
    if (!isName(target) || target.toLowerCase() === "xml") throw new Malformed();
    return end + 2;
  }

  private bang(s: string, lt: number, final: boolean): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("--", lt + 4);
      if (end < 0) return this.incomplete(final);
      if (s.charCodeAt(end + 2) !== 0x3e /* > */) {
        if (end + 2 >= s.length) return this.incomplete(final);
        throw new Malformed();
      }
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      if (this.names.length === 0) throw new Malformed();
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return this.incomplete(final);
      const data = s.slice(lt + 9, end);
      // CDATA holds no references: only its line ends are normalised.
      this.sink.text(data.includes("\r") ? data.replace(/\r\n?/g, "\n") : data);
      return end + 3;
    }
    // Past the root's start a DOCTYPE is only misplaced markup, as saxes reports it.
    if (s.startsWith("<!DOCTYPE", lt)) throw this.sawRoot ? new Malformed() : this.onDoctype();
    // The chunk ends before it can tell which one this is.
    const head = s.slice(lt);
    if (head.length < 9 && ["<!--", "<![CDATA[", "<!DOCTYPE"].some((open) => open.startsWith(head)))
      return this.incomplete(final);
    throw new Malformed();
  }

  private closeTag(s: string, lt: number, final: boolean): number {
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) return this.incomplete(final);
    let nameEnd = gt;
    while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
    const name = s.slice(lt + 2, nameEnd);
    if (this.names.length === 0 || this.names[this.names.length - 1] !== name) throw new Malformed();
    this.names.pop();
    this.sink.close(name);
    return gt + 1;
  }

  /** The name in [from, to) whose code units hash to `hash`, or Malformed. */
  private nameAt(s: string, from: number, to: number, hash: number): string {
    const known = this.seen.get(hash);
    if (known !== undefined && known.length === to - from && s.startsWith(known, from)) return known;
    const name = s.slice(from, to);
    if (!isName(name)) throw new Malformed();
    // The name as a property key already internalised: storing it into an attribute object costs no lookup.
    const interned = Object.keys({ [name]: 0 })[0];
    if (known === undefined) this.seen.set(hash, interned);
    return interned;
  }

  private openTag(s: string, lt: number, final: boolean): number {
    if (this.names.length === 0 && this.sawRoot) throw new Malformed();
    // A tag's text up to the first ">": when it was read before as a whole tag, it is that tag again.
    const gt = s.indexOf(">", lt + 1);
    const tag = gt >= 0 && gt - lt < KNOWN_LENGTH ? s.slice(lt, gt + 1) : null;
    if (tag !== null) {
      const known = this.known.get(tag);
      if (known !== undefined) return this.opened(known.name, known.attrs, known.empty, gt + 1);
    }
    const n = s.length;
    let k = lt + 1;
    let c = s.charCodeAt(k);
    let h = 0;
    while (k < n && c > 0x3e /* > */ ? true : k < n && !isSpace(c) && c !== 0x3e && c !== 0x2f) {
      h = (Math.imul(h, 31) + c) | 0;
      c = s.charCodeAt(++k);
    }
    if (k >= n) return this.incomplete(final);
    if (k === lt + 1) throw new Malformed();
    const name = this.nameAt(s, lt + 1, k, h);
    let attrs: Attrs = NO_ATTRIBUTES;
    let declares = false;
    const keys = this.keys;
    let count = 0;
    for (;;) {
      const spaced = isSpace(c);
      while (isSpace(c)) c = s.charCodeAt(++k);
      if (k >= n) return this.incomplete(final);
      if (c === 0x3e /* > */ || c === 0x2f /* / */) {
        const empty = c === 0x2f;
        if (empty && k + 1 >= n) return this.incomplete(final);
        if (empty && s.charCodeAt(k + 1) !== 0x3e) throw new Malformed();
        const end = empty ? k + 1 : k;
        // Only a tag whose first ">" ends it is found again by its text.
        if (tag !== null && !declares && gt === end) this.remember(tag, name, attrs, empty);
        return this.opened(name, attrs, empty, end + 1);
      }
      if (!spaced) throw new Malformed();
      // An attribute: name, "=", a quoted value.
      const from = k;
      h = 0;
      while (
        k < n && c > 0x3e ? true : k < n && !isSpace(c) && c !== 0x3d /* = */ && c !== 0x3e && c !== 0x2f
      ) {
        h = (Math.imul(h, 31) + c) | 0;
        c = s.charCodeAt(++k);
      }
      if (k >= n) return this.incomplete(final);
      if (k === from) throw new Malformed();
      const key = this.nameAt(s, from, k, h);
      while (isSpace(c)) c = s.charCodeAt(++k);
      if (k >= n) return this.incomplete(final);
      if (c !== 0x3d) throw new Malformed();
      c = s.charCodeAt(++k);
      while (isSpace(c)) c = s.charCodeAt(++k);
      if (k >= n) return this.incomplete(final);
      if (c !== 0x22 && c !== 0x27) throw new Malformed();
      // The value runs to the closing quote; a reference, "<", or a character XML normalises needs more work.
      const quote = c;
      let close = k + 1;
      let plain = true;
      for (; close < n; close++) {
        const v = s.charCodeAt(close);
        if (v === quote) break;
        if (v <= 0x3c && (v === 0x26 || v === 0x3c || v === 0x0d || v === 0x0a || v === 0x09)) plain = false;
      }
      if (close >= n) return this.incomplete(final);
      let value: string;
      if (plain) value = s.slice(k + 1, close);
      else {
        if (s.lastIndexOf("<", close) > k) throw new Malformed();
        value = decode(s, k + 1, close, true);
      }
      // A tag has a few attributes: a duplicate is found among them faster than by asking the object.
      for (let j = 0; j < count; j++) if (keys[j] === key) throw new Malformed();
      keys[count++] = key;
      // A plain object keeps V8's fast properties; "__proto__" would set its prototype, so it is defined instead.
      if (count === 1) attrs = {};
      if (key === "__proto__")
        Object.defineProperty(attrs, key, { value, enumerable: true, writable: true, configurable: true });
      else attrs[key] = value;
      if (key.charCodeAt(0) === 0x78 /* x */ && key.startsWith("xmlns")) {
        declares = true;
        this.sink.declare(key, value);
      }
      k = close + 1;
      c = s.charCodeAt(k);
    }
  }

  /** Keeps a tag read whole, in strings of its own (not views holding the chunk) and frozen, as sinks only read it. */
  private remember(tag: string, name: string, attrs: Attrs, empty: boolean): void {
    if (this.known.size >= KNOWN_MAX) return;
    let own = NO_ATTRIBUTES;
    if (attrs !== NO_ATTRIBUTES) {
      own = {};
      for (const key in attrs) {
        if (key === "__proto__") return;
        own[key] = ownString(attrs[key]);
      }
      Object.freeze(own);
    }
    this.known.set(ownString(tag), { name, attrs: own, empty });
  }

  private opened(name: string, attrs: Attrs, empty: boolean, next: number): number {
    this.names.push(name);
    this.sawRoot = true;
    this.sink.open(name, attrs, this.names.length);
    if (empty) {
      this.names.pop();
      this.sink.close(name);
    }
    return next;
  }
}
