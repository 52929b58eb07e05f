import { entityTypes, type EntityType } from '../pii/types'

export type TypeGroup<T> = { type: EntityType; items: T[] }

/** Items grouped by entity type, groups in the engine's type order, items in their given order; no empty groups. */
export function groupByType<T>(items: readonly T[], typeOf: (item: T) => EntityType): TypeGroup<T>[] {
  const byType = new Map<EntityType, T[]>()
  for (const item of items) {
    const type = typeOf(item)
    const list = byType.get(type)
    if (list) list.push(item)
    else byType.set(type, [item])
  }
  return entityTypes.flatMap((type) => {
    const list = byType.get(type)
    return list ? [{ type, items: list }] : []
  })
}
