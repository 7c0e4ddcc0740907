// Entry of taskpane.html and preview.html. The polyfills come first, for the old Edge webview.
import "./polyfills";
import { createRoot } from "react-dom/client";
import { start } from "./boot/start";

const container = document.getElementById("root");
if (container) void start(createRoot(container));
