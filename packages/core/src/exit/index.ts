// Shared exit behaviour (sa-quick-exit, sa-safety-alert): being written.
export {};
