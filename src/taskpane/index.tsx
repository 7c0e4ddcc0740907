// Entry of taskpane.html and preview.html (modern build; index-legacy.ts adds the polyfills of the legacy one).
import { createRoot } from "react-dom/client";
import { start } from "./boot/start";

const container = document.getElementById("root");
if (container) void start(createRoot(container));
