// `vanthu fix`: safe fixes (or the listed rules) applied rule by rule through the .docx host, written to a new file.
// The summary and the exit code come from checking again the file as written, not from the fix loop's own count.
import { DocxHost, readDocxInNode } from "../../host/docx";
import { VanThuError } from "../../core/errors";
import type { DocMeta } from "../../core/model/types";
import { removeSignatures } from "../../core/ooxml/patch";
import { applyFixes, checkAsync } from "../../core/rules/engine";
import type { ProfileId } from "../../core/rules/types";
import { readInput } from "./check";

export interface FixSummary {
  applied: number;
  remainingErrors: number;
  remainingWarnings: number;
}

export interface FixFileOptions {
  profile: ProfileId;
  rules?: string[];
  /** The user agreed to change a signed, protected or change-tracked document. */
  confirm?: boolean;
}

/** Why this document is changed only after the user confirms, as one Vietnamese sentence; null when it is not. */
export function needsConsent(meta: DocMeta): string | null {
  const reasons = [
    meta.signed && "đã được ký số (sửa sẽ làm chữ ký số mất hiệu lực)",
    meta.protected && "đang được bảo vệ chống chỉnh sửa",
    (meta.trackChanges || meta.hasRevisions) && "đang theo dõi thay đổi hoặc còn thay đổi chưa duyệt",
  ].filter((r): r is string => typeof r === "string");
  if (reasons.length === 0) return null;
  return (
    `Văn bản ${reasons.join(", ")} nên không được sửa tự động; ` +
    "nếu anh/chị vẫn muốn sửa, chạy lại lệnh với tuỳ chọn --confirm."
  );
}

export async function fixFile(input: string, output: string, options: FixFileOptions): Promise<FixSummary> {
  const host = new DocxHost(readInput(input), input);
  const model = await host.read();
  const consent = needsConsent(model.meta);
  if (consent !== null && !options.confirm) throw new VanThuError("unsupported", consent);
  // With tracking on, each fix is a tracked change the user can accept or reject in Word.
  const trackChanges = model.meta.trackChanges;
  const report = await applyFixes(
    model,
    async (edits) => {
      await host.applyEdits(edits, { trackChanges });
      return host.read();
    },
    options,
  );
  // A changed document's signature no longer holds: it is removed rather than left to show as broken.
  if (model.meta.signed) await host.openNew(removeSignatures(host.content()));
  await host.save(output);
  const written = readDocxInNode(readInput(output));
  const findings = await checkAsync(written, { profile: options.profile });
  return {
    applied: report.applied.reduce((n, a) => n + a.edits, 0),
    remainingErrors: findings.filter((f) => f.severity === "error").length,
    remainingWarnings: findings.filter((f) => f.severity === "warning").length,
  };
}
