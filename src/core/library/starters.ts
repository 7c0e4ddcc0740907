// The starter libraries shipped in assets/libraries/, offered in the tab before anything is loaded.
// They are re-serialised and loaded like any file, so they pass the same validation.
import baoCao from "../../../assets/libraries/lang-son-bao-cao-thi-dua.json";
import thiDua from "../../../assets/libraries/lang-son-thi-dua-khen-thuong.json";

export interface StarterLibrary {
  id: string;
  name: string;
  /** The file's text, ready for loadLibrary. */
  text: string;
}

export const STARTER_LIBRARIES: StarterLibrary[] = [thiDua, baoCao].map((lib) => ({
  id: lib.id,
  name: lib.name,
  text: JSON.stringify(lib, null, 2),
}));
