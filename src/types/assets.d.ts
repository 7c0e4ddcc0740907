// Files webpack serves as assets: importing one gives its URL.
declare module "*.docx" {
  const url: string;
  export default url;
}
