// What a refused input must give: a VanThuError whose message is one Vietnamese sentence.
import { VanThuError } from "../../src/core/errors";

/** The VanThuError that `read` throws; fails the test when it throws nothing or something else. */
export function refusal(read: () => unknown): VanThuError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(VanThuError);
    return error as VanThuError;
  }
  throw new Error("expected a refusal");
}

/** One sentence: no line breaks, ends with a full stop (no stack or English parser message). */
export function expectOneSentence(message: string): void {
  expect(message).not.toContain("\n");
  expect(message.endsWith(".")).toBe(true);
}
