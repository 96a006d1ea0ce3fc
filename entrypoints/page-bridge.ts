import { installPageBridge } from '@/lib/insert/page-bridge';

// Injected into the helpdesk page's own world by the content script (see lib/insert).
export default defineUnlistedScript(() => installPageBridge(document));
