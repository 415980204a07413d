// The access page's forms, loaded on demand (next/dynamic) so that readers do not download them.
export { CreateStaffDialog } from './staff-dialog';
export { CreateApiKeyDialog } from './api-key-dialog';
