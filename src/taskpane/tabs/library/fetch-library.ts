// Loading a library from an intranet server. The server must send Access-Control-Allow-Origin for the
// add-in's origin (docs/clause-library.md); a file on SharePoint is downloaded and opened as a file instead.
import { VanThuError } from "../../../core/errors";
import { library as t } from "../../i18n/vi/library";

export function checkLibraryUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new VanThuError("io", t.sources.urlInvalid);
  }
  if (url.protocol !== "https:") throw new VanThuError("io", t.sources.urlNotHttps);
  return url;
}

export async function fetchLibraryText(address: string): Promise<string> {
  const url = checkLibraryUrl(address);
  let response: Response;
  try {
    response = await fetch(url.href, { mode: "cors", credentials: "same-origin", cache: "no-cache" });
  } catch {
    throw new VanThuError("io", t.sources.fetchFailed(url.href));
  }
  if (!response.ok) throw new VanThuError("io", t.sources.httpFailed(url.href, response.status));
  return response.text();
}
