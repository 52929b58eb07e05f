/** Compile-time exhaustiveness check for switches over unions (workflow states, entity types). */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`)
}
