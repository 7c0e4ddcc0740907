// What importing an asset file (.docx) gives under jest: its file name, as webpack would give its URL.
module.exports = { __esModule: true, default: "asset-url" };
