import { docNumber } from "../../../src/core/rules/doc-number";
import { dangProfile } from "../../../src/core/profiles/dang";
import { emptyOrgProfile } from "../../../src/core/org/defaults";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const num = (text: string) => plan({ number: withText("number", text) });
const congVan = (text: string) =>
  plan({ number: withText("number", text), docTitle: null, summary: null }, [
    { after: "number", paragraphs: [withText("number", "V/v tổ chức hội nghị")] },
  ]);

testRule(docNumber, {
  valid: [
    { name: "Số: 04/KH-SNV", doc: plan() },
    { name: "draft with a blank number", doc: num("Số:        /KH-SNV") },
    { name: "draft with dots", doc: num("Số: …/KH-SNV") },
    { name: "công văn without a type abbreviation", doc: congVan("Số: 12/SNV-VP") },
    { name: "number with a year (VBQPPL)", doc: num("Số: 15/2024/KH-SNV") },
    {
      name: "organisation abbreviation matches",
      doc: plan(),
      org: { ...emptyOrgProfile(), agencyAbbr: "SNV" },
    },
    {
      name: "Party: Số 127-KH/TU",
      doc: plan({ number: { ...withText("number", "Số 127-KH/TU"), run: { size: 14 } } }),
      profile: dangProfile,
      options: dangProfile.rules["doc-number"].options,
    },
  ],
  invalid: [
    {
      name: "number below 10 without its zero",
      doc: num("Số: 4/KH-SNV"),
      findings: [
        {
          message: expect.stringContaining("“04”"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ start: 4, end: 5, replacement: "04" })],
          },
        },
      ],
    },
    {
      name: "missing colon",
      doc: num("Số 04/KH-SNV"),
      findings: [{ message: expect.stringContaining("dấu hai chấm") }],
    },
    {
      name: "type abbreviation of another type",
      doc: num("Số: 04/BC-SNV"),
      findings: [{ message: expect.stringContaining("“KH”") }],
    },
    {
      name: "CV in a state công văn",
      doc: congVan("Số: 12/CV-SNV"),
      findings: [{ message: expect.stringContaining("“CV”") }],
    },
    {
      name: "spaces inside the symbol",
      doc: num("Số: 04/KH - SNV"),
      findings: [{ message: expect.stringContaining("không có dấu cách") }],
    },
    {
      name: "agency abbreviation differs from the organisation's",
      doc: plan(),
      org: { ...emptyOrgProfile(), agencyAbbr: "UBND" },
      findings: [{ message: expect.stringContaining("“UBND”") }],
    },
    {
      name: "14 pt",
      doc: plan({ number: { run: { size: 14 } } }),
      findings: [{ message: expect.stringContaining("cỡ chữ 14 pt") }],
    },
    {
      name: "Party number with a colon",
      doc: plan({ number: { ...withText("number", "Số: 127-KH/TU"), run: { size: 14 } } }),
      profile: dangProfile,
      options: dangProfile.rules["doc-number"].options,
      findings: [{ message: expect.stringContaining("không có dấu hai chấm") }],
    },
  ],
});
