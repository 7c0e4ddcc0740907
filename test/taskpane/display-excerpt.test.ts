import { displayExcerpt } from "../../src/taskpane/check/display-excerpt";

describe("displayExcerpt", () => {
  const text = "Đẩy mạnh phong trào thi đua yêu nước, huy động tối đa mọi nguồn lực cho phát triển kinh tế";
  it("drops half words at either cut and marks each cut with …", () => {
    const cut = text.slice(6, 50); // "ạnh phong … tối"
    expect(displayExcerpt(cut, text)).toBe("…phong trào thi đua yêu nước, huy động tối…");
  });
  it("leaves a whole paragraph as it is", () => expect(displayExcerpt(text, text)).toBe(text));
  it("keeps the excerpt when the paragraph is unknown", () =>
    expect(displayExcerpt("ạnh ph", undefined)).toBe("ạnh ph"));
});
