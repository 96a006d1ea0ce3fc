// The background does no work of its own yet: Gvul makes no network requests, and all ticket
// handling happens in the content script. It exists so the extension has a service worker
// (tests read the extension id from it) and a home for keyboard commands.
export default defineBackground(() => {});
