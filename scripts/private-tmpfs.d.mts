/** Types of private-tmpfs.mjs, for the full-disk test and Playwright spec that import it. */
/** The `unshare` flags under which a tmpfs mounts here, or null with what every attempt answered. */
export declare function probePrivateTmpfs(): { flags: string[]; why: null } | { flags: null; why: string };
