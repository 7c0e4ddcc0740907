// The ribbon's function file (commands.html). Every "Văn thư" button is a ShowTaskpane action whose URL carries
// `?tab=`, so nothing runs here beyond Office's initialisation, which the function file must complete.
import { officeScriptLoaded, waitForOffice } from "../host/word/office-env";

if (officeScriptLoaded()) void waitForOffice(10_000);
