// The ribbon's function file (commands.html). Every "Văn thư" button is a ShowTaskpane action whose URL carries
// `?tab=`, so nothing runs here beyond Office's initialisation, which the function file must complete.
import { officeReady } from "../host/word";
import { officeScriptLoaded } from "../host/word/office-env";

if (officeScriptLoaded())
  officeReady().catch((error: Error) => console.error("Trợ lý Văn thư:", error.message));
