// Where the catalogue comes from, as the options page states it (facts from the datasets' manifest / data/README.md).
export const DATA_ATTRIBUTION = {
  summary:
    'Titles, people and credits come from JustWatch listings (United States) as published on Kaggle, merged by JustWatch id.',
  datasets: [
    { by: 'Diego Enrique (Kaggle dgoenrique)', covers: 'Netflix, Disney+, HBO Max, Paramount+, Apple TV+', when: 'March 2023' },
    { by: 'Victor Soeiro (Kaggle victorsoeiro)', covers: 'Netflix, Disney+, Paramount+, Prime Video (titles only), Crunchyroll (titles only), Viki', when: 'May 2022' },
  ],
  licence:
    'The sources state no licence; other descriptions of these Kaggle sets call them CC0 (public domain). Castmark keeps only facts (names, titles, years, roles, scores), no descriptions.',
  trademark: 'Castmark is not affiliated with JustWatch, IMDb, TMDB or any streaming service.',
} as const;
