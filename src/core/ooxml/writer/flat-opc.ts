// Flat OPC (pkg:package): the single-XML package form Word's insertOoxml takes and getOoxml returns.
import { XML_DECL } from "./xml";

export interface FlatPart {
  name: string;
  contentType: string;
  /** Part XML, with or without its XML declaration. */
  xml: string;
}

const stripDecl = (xml: string): string => xml.replace(/^<\?xml[^>]*\?>\s*/, "");

export function flatOpc(parts: FlatPart[]): string {
  const body = parts
    .map(
      (p) =>
        `<pkg:part pkg:name="${p.name}" pkg:contentType="${p.contentType}"><pkg:xmlData>` +
        `${stripDecl(p.xml)}</pkg:xmlData></pkg:part>`,
    )
    .join("");
  return (
    XML_DECL +
    `<?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${body}</pkg:package>`
  );
}
