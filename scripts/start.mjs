// `npm start`: HTTPS dev server on https://localhost:3000 serving the task pane, the preview and manifest.xml.
// Certificates come from office-addin-dev-certs, which exits 0 even when it fails, so the files are checked.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const ORIGIN = "https://localhost:3000";

const certDir = join(homedir(), ".office-addin-dev-certs");
const cert = join(certDir, "localhost.crt");
const key = join(certDir, "localhost.key");
const ca = join(certDir, "ca.crt");

if (!existsSync(cert) || !existsSync(key)) {
  console.log("Đang tạo chứng chỉ HTTPS cho localhost (office-addin-dev-certs)…");
  // Trusting the CA needs administrator rights and may fail; the certificate files are what the server needs.
  spawnSync(bin("office-addin-dev-certs"), ["install", "--days", "365"], { cwd: root, stdio: "inherit" });
}

const haveCerts = existsSync(cert) && existsSync(key);
if (haveCerts) {
  console.log(`Chứng chỉ: ${cert}`);
} else {
  console.error(
    [
      "",
      "KHÔNG tạo được chứng chỉ HTTPS cho localhost: máy chủ sẽ dùng chứng chỉ tự ký tạm thời; trình duyệt sẽ cảnh",
      "báo và Word sẽ không nạp được phần bổ trợ. Chạy lại `npx office-addin-dev-certs install` (có quyền quản trị).",
      "Could NOT create the localhost HTTPS certificate: serving with a temporary self-signed one. Browsers will",
      "warn and Word will refuse the add-in. Run `npx office-addin-dev-certs install` with administrator rights.",
      "",
    ].join("\n"),
  );
}

console.log(`
Trợ lý Văn thư — máy chủ phát triển / dev server: ${ORIGIN}

  Xem thử không cần Word (preview without Word):  ${ORIGIN}/preview.html
  Tệp khai báo (manifest):                        ${ORIGIN}/manifest.xml  (tệp gốc: ${join(root, "manifest.xml")})

  Nạp thử vào Word trên web (sideload, Word on the web):
    Mở một văn bản tại https://www.office.com → Trang đầu (Home) → Bổ trợ (Add-ins) → Thêm bổ trợ khác
    (More add-ins) → Bổ trợ của tôi (My add-ins) → Tải lên bổ trợ của tôi (Upload My Add-in) → chọn manifest.xml.
  Nạp thử vào Word trên máy tính (Windows desktop):
    Chia sẻ một thư mục chứa manifest.xml, thêm đường dẫn \\\\máy\\thư-mục vào Tệp → Tùy chọn → Trung tâm Tin cậy →
    Danh mục Bổ trợ Tin cậy (Trusted Add-in Catalogs), đánh dấu "Hiện trong menu", khởi động lại Word, rồi
    Trang đầu → Bổ trợ → THƯ MỤC DÙNG CHUNG (SHARED FOLDER). Máy phải tin chứng chỉ ${ca}.
  Chi tiết: docs/sideload.md. Dừng máy chủ: Ctrl+C.
`);

const env = { ...process.env, OFFICE_JS: process.env.OFFICE_JS ?? "local" };
if (haveCerts) Object.assign(env, { DEV_CERT: cert, DEV_KEY: key });

// webpack-dev-server runs straight from node_modules/.bin (through npx its child would outlive a killed parent).
const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
  cwd: root,
  env,
  stdio: "inherit",
});
const stop = (signal) => server.kill(signal);
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
