// Fatherland Front and mass organisations: NĐ 30 applied "as appropriate" (Điều 2.2); HD 91/HD-MTTW-BTT keeps the
// Quốc hiệu and Tiêu ngữ, so the values are those of nd30.
import type { Profile } from "../rules/types";
import { nd30Profile } from "./nd30";

export const mttqProfile: Profile = {
  id: "mttq",
  name: "Mặt trận Tổ quốc và các đoàn thể",
  rules: JSON.parse(JSON.stringify(nd30Profile.rules)) as Profile["rules"],
};
