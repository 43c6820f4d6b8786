/** Types of private-tmpfs.mjs, for the full-disk test and Playwright spec that import it. */
export declare const CHECK_PRIVATE_TMPFS: string;
/** The `unshare` flags under which a tmpfs mounts here, or null with what every attempt answered. */
export declare function probePrivateTmpfs(): { flags: string[]; why: null } | { flags: null; why: string };
/** The skip reason of a full-disk test: what it needs, the check to run, and what this machine answered. */
export declare function noPrivateTmpfsReason(why: string): string;
