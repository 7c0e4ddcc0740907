import { draftFormat } from "../../../src/core/builders/draft-format";
import {
  buildSignature,
  signatureFromOrg,
  signatureLines,
  signatureProblem,
  type SignatureSpec,
} from "../../../src/core/builders/signature";
import { officeProfile, textOf } from "./helpers";

const base = { collective: "Ủy ban nhân dân", headTitle: "Chủ tịch", name: "Nguyễn Văn An" };

describe("signature forms", () => {
  it.each<[SignatureSpec, string[]]>([
    [{ ...base, marks: [] }, ["CHỦ TỊCH"]],
    [{ ...base, marks: ["TM"] }, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    [
      { ...base, marks: ["TM", "KT"], signerTitle: "Phó Chủ tịch" },
      ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ],
    [{ ...base, marks: ["KT"], signerTitle: "Phó Chủ tịch" }, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
    [{ ...base, marks: ["Q"], headTitle: "Giám đốc" }, ["Q. GIÁM ĐỐC"]],
    [{ ...base, marks: ["TL"], signerTitle: "Chánh Văn phòng" }, ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]],
    [
      { ...base, marks: ["TL", "KT"], unitHeadTitle: "Chánh Văn phòng", signerTitle: "Phó Chánh Văn phòng" },
      ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    ],
    [{ ...base, marks: ["TUQ"], signerTitle: "Giám đốc Sở Nội vụ" }, ["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"]],
  ])("accepts %j", (spec, lines) => {
    expect(signatureProblem(spec)).toBeNull();
    expect(signatureLines(spec, "dot")).toEqual(lines);
  });

  it.each<[SignatureSpec, RegExp]>([
    [{ ...base, marks: ["TUQ", "KT"], signerTitle: "Phó Giám đốc" }, /TUQ\./],
    [{ ...base, marks: ["KT", "KT"], signerTitle: "Phó Chủ tịch" }, /KT\./],
    [{ ...base, marks: ["Q", "KT"], signerTitle: "Phó Chủ tịch" }, /không có trong Nghị định 30/],
    [{ ...base, marks: ["KT"], signerTitle: "Chủ tịch" }, /Người đứng đầu tự ký/],
    [{ ...base, marks: ["TM"], collective: "" }, /TM\./],
    [{ ...base, marks: ["KT"] }, /chức vụ của người ký/],
    [{ ...base, marks: [], name: "TS. Nguyễn Văn An" }, /học hàm, học vị/],
  ])("refuses %j with a reason", (spec, reason) => {
    expect(signatureProblem(spec)).toMatch(reason);
  });

  it("writes Party marks with a slash", () => {
    expect(
      signatureLines(
        {
          ...base,
          marks: ["TM", "KT"],
          signerTitle: "Phó Bí thư",
          collective: "Ban Thường vụ",
          headTitle: "Bí thư",
        },
        "slash",
      ),
    ).toEqual(["T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ"]);
  });

  it("reads the organisation's signer and builds bold centred lines, space and the name", () => {
    const spec = signatureFromOrg(officeProfile());
    expect(spec.marks).toEqual(["KT"]);
    const paras = buildSignature(spec, draftFormat("nd30"));
    expect(paras.map(textOf)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Văn An"]);
    expect(paras.every((p) => p.align === "center")).toBe(true);
    expect(paras[3].runs[0].bold).toBe(true);
    expect(paras[2].role).toBe("signature-space");
  });

  it("reads TM. with a signer title of its own as TM. + KT.", () => {
    const org = officeProfile();
    org.signer = {
      authority: "TM",
      collective: "Ủy ban nhân dân",
      headTitle: "Chủ tịch",
      signerTitle: "Phó Chủ tịch",
      name: "A",
    };
    expect(signatureFromOrg(org).marks).toEqual(["TM", "KT"]);
  });
});
