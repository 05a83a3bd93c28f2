import type { PlaceInfo } from './knowledge.ts';
import type { LocatedName, NameMention } from './names.ts';

/** The countries each article names (as places or demonyms), by article id. */
export type CountriesNamed = ReadonlyMap<string, ReadonlySet<string>>;

/** So that a place name several places share is read in its article's context. */
export function countriesByArticle(names: readonly LocatedName[]): CountriesNamed {
  const countries = new Map<string, Set<string>>();
  for (const { mention, source } of names) {
    const country = countryNamed(mention);
    if (!country) continue;
    const set = countries.get(source.article) ?? new Set<string>();
    set.add(country);
    countries.set(source.article, set);
  }
  return countries;
}

/** The country a mention names for sure: a demonym's, or an unambiguous place's. */
function countryNamed(m: NameMention): string | undefined {
  if (m.kind === 'demonym') return m.name;
  return m.kind === 'place' && !m.candidates ? m.country : undefined;
}

/**
 * The place a name stands for in an article that names these countries. Context overrides only a place
 * that is not large (a capital, a big city) and whose country the article does not name.
 */
export function placeInContext(m: NameMention, named: ReadonlySet<string> | undefined): PlaceInfo | undefined {
  const dominant =
    m.place && (m.place.kind !== 'city' || m.place.population === undefined || m.place.population >= 1_000_000);
  if (!m.candidates || !named || dominant || (m.place?.country && named.has(m.place.country))) return m.place;
  return m.candidates.find((p) => named.has(p.kind === 'country' ? p.name : (p.country ?? ''))) ?? m.place;
}
