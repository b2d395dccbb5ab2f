/** The items before and after index i in a list, for prev/next links. */
export function neighbours<T>(list: readonly T[], i: number): { prev: T | undefined; next: T | undefined } {
  return { prev: i > 0 ? list[i - 1] : undefined, next: list[i + 1] };
}
