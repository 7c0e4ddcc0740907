export { DocxHost } from "./docx-host";
