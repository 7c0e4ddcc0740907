// Whole numbers for Vietnamese readers: dots between thousands ("100.000"), without relying on the host's locale data.
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ".";
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
