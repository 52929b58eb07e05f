/** Bumped whenever detection behaviour changes in a way a signed statement should record. */
export const engineVersion = '1.1.0'
