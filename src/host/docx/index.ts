export { DocxHost } from "./docx-host";
export { nodeInflater, readDocxInNode } from "./node-inflater";
