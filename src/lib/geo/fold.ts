/** Case- and accent-insensitive form of a name, so "Sao Paulo" finds "São Paulo" and "MONTREAL" finds "Montréal". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
