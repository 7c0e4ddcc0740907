// Well-formedness check for written XML (saxes throws on the first error).
import { SaxesParser } from "saxes";

export function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** Element names in document order. */
export function elementNames(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (t) => names.push(t.name));
  parser.write(xml).close();
  return names;
}
