/**
 * Accounts as every layer sees them (账户与角色): roles, login and name rules, password policy, key
 * fingerprints and the trust list format. Pure: no Node, no crypto — hashing and keys live in the services.
 */
export * from './roles'
export * from './password-policy'
export * from './fingerprint'
export * from './account'
export * from './trust-list'
export * from './text'
