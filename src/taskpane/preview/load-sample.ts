// The sample plan the browser preview opens (built by scripts/make-sample.mjs; webpack serves it as an asset).
import sampleUrl from "../../../assets/sample/ke-hoach-thi-dua-2017-2020.docx";
import { VanThuError } from "../../core/errors";

/** The sample's file name, as the report and the download name it. */
export const sampleName = "ke-hoach-thi-dua-2017-2020.docx";

export async function loadSample(url: string = sampleUrl): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new VanThuError("io", `Không tải được văn bản mẫu ${url}: máy chủ không trả lời.`);
  }
  if (!response.ok) throw new VanThuError("io", `Không tải được văn bản mẫu ${url} (mã ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}
