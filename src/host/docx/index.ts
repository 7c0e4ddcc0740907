export { DocxHost } from "./docx-host";
export { nodeInflater } from "./node-inflater";
