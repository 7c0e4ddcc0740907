// What the in-memory host can do. Its own module so the preview can render the pane before the memory host (and
// the reader it brings) is loaded.
import type { HostCapabilities } from "../document-host";

export function memoryCapabilities(): HostCapabilities {
  return {
    host: "memory",
    comments: true,
    trackChanges: false,
    openNewDocument: true,
    select: true,
    pageSetup: true,
    reasons: { trackChanges: "Bản xem thử không theo dõi thay đổi; hãy dùng Word để bật chế độ này." },
  };
}
