// The countries page (src/pages/[lang]/[dataset]/countries.astro; Brazilian states for Olist).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

type Variant = 'countries' | 'states';

export const salesCountriesText = namedCatalogue('salesCountries', {
  en: {
    whereFrom: 'Where the revenue comes from',
    mapTitle: 'Net revenue by country',
    mapWorld: 'Net revenue by country, world',
    mapEurope: 'Net revenue by country, Europe',
    netRevenue: 'Net revenue',
    unmapped: (places: readonly string[]) => `Not on the map (no single place to draw them): ${places.join(', ')}. They are in the table below.`,
    rankedTitle: (variant: Variant) => `${variant === 'states' ? 'States' : 'Countries'} ranked by net revenue`,
    whatWhere: 'What sells where',
    topTitle: (count: number, variant: Variant) => `Top products in the ${en.fmt.count(count)} biggest ${variant === 'states' ? 'states' : 'countries'}`,
  },
  fr: {
    whereFrom: 'D’où vient le chiffre d’affaires',
    mapTitle: 'Chiffre d’affaires net par pays',
    mapWorld: 'Chiffre d’affaires net par pays, monde',
    mapEurope: 'Chiffre d’affaires net par pays, Europe',
    netRevenue: 'Chiffre d’affaires net',
    unmapped: (places: readonly string[]) =>
      `Absents de la carte (pas de lieu unique où les placer)\u00a0: ${places.join(', ')}. Ils figurent dans le tableau ci-dessous.`,
    rankedTitle: (variant: Variant) => `${variant === 'states' ? 'États' : 'Pays'} classés par chiffre d’affaires net`,
    whatWhere: 'Ce qui se vend où',
    topTitle: (count: number, variant: Variant) => `Meilleures ventes des ${fr.fmt.count(count)} premiers ${variant === 'states' ? 'États' : 'pays'}`,
  },
});
