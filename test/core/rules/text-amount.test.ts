import { textAmount } from "../../../src/core/rules/text-amount";
import { testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

testRule(textAmount, {
  valid: [
    { name: "the plan fixture (dates, legal numbers)", doc: plan() },
    {
      name: "money and quantities in figures and words, every form officials write",
      doc: plan({
        p1: "Tổng kinh phí: 100.000.000 đồng (Một trăm triệu đồng); trong đó 25.300.000 đồng (hai mươi lăm triệu ba trăm ngàn đồng chẵn).",
        p2: "Khen thưởng 05 (năm) tập thể, 21 (hai mươi mốt) cá nhân, mức 1.050.000 đồng (một triệu không trăm năm mươi nghìn đồng) và 105 (một trăm lẻ năm) bản.",
        a: "a) Số tiền: 2.500.000,5 đồng. Bằng chữ: Hai triệu năm trăm nghìn phẩy năm đồng.",
      }),
    },
    {
      name: "a year in brackets, a legal number, a phone number",
      doc: plan({ p1: "Năm 2017 (năm Đinh Dậu), theo Nghị định số 30/2020/NĐ-CP, gọi 0205 3812 345." }),
    },
  ],
  invalid: [
    {
      name: "the words say another number",
      doc: plan({ p1: "Tổng kinh phí: 120.000.000 đồng (Một trăm hai mươi lăm triệu đồng)." }),
      findings: [
        {
          excerpt: expect.stringContaining("Một trăm hai mươi lăm triệu đồng"),
          message: expect.stringContaining("“Một trăm hai mươi triệu”"),
        },
      ],
    },
    {
      name: "“Bằng chữ:” after the amount says another number",
      doc: plan({ p1: "Số tiền: 1.500.000 đồng. Bằng chữ: Một triệu năm mươi nghìn đồng." }),
      findings: [{ message: expect.stringContaining("không khớp với số “1.500.000”") }],
    },
    {
      name: "a quantity whose words disagree",
      doc: plan({ p1: "Tặng Giấy khen cho 15 (mười bốn) cá nhân." }),
      findings: [{ message: expect.stringContaining("“Mười lăm”") }],
    },
    {
      name: "English separators and an ungrouped amount",
      doc: plan({ p1: "Kinh phí 100,000,000 đồng, tạm ứng 2500000 đồng." }),
      findings: [
        { message: expect.stringContaining("“100.000.000”") },
        { message: expect.stringContaining("“2.500.000”") },
      ],
    },
  ],
});
