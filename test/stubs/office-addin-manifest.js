// office-addin-mock requires office-addin-manifest, whose ESM-only dependency (strip-bom) jest on Node 20 cannot
// load. office-addin-mock only needs the OfficeApp enum from it.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
