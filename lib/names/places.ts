// Places that are also titles in the catalogue ("Los Angeles", "New York", "Chicago", "Paris"): a page names the
// place far more often than the film. The fuzzy fallback never reads a place as a misspelt name. Folded keys (words joined), checked when the index is compiled; a title key
// in this list needs the page to set it apart (quotes, a credited co-mention, a list of titles, a season number,
// its year) before it is marked.
export const PLACE_KEYS: ReadonlySet<string> = new Set(
  (
    'losangeles newyork newyorkcity london paris berlin madrid rome roma tokyo seoul busan beijing shanghai ' +
    'hongkong mumbai delhi sydney melbourne toronto vancouver montreal chicago boston miami atlanta dallas houston ' +
    'texas california florida hollywood brooklyn manhattan lasvegas sanfrancisco washington moscow istanbul dubai ' +
    'mexico mexicocity barcelona lisbon amsterdam vienna munich milan venice florence naples athens cairo ' +
    'bangkok singapore jakarta manila osaka kyoto africa europe asia america canada england ireland scotland ' +
    'wales australia brazil argentina colombia germany france spain italy japan korea china india ' +
    // Checked against the catalogue's titles on 2026-12-01 (a list of countries, states, cities and regions).
    'acapulco alcatraz algiers antarctica arctic arkansas bali beirut belfast bombay botswana budapest burma ' +
    'casablanca chelsea colorado congo copenhagen deathvalley dunkirk fargo greenland harlem ibiza idaho ' +
    'kansas marseille milwaukee mosul nebraska nottinghill oklahoma oslo pacific rio sahara sanfernandovalley siberia ' +
    'siliconvalley statenisland switzerland tehran tijuana togo vietnam yellowstone centralpark kansascity newmexico ' +
    // Places of two or more words that are no title but sit one letter from one: the fuzzy fallback skips them
    // ("United States" is not "United Skates").
    'unitedstates unitedkingdom unitedarabemirates southkorea northkorea newzealand saudiarabia southafrica costarica ' +
    'puertorico srilanka elsalvador dominicanrepublic czechrepublic newjersey newhampshire northcarolina southcarolina ' +
    'northdakota southdakota westvirginia rhodeisland saltlakecity oklahomacity neworleans longbeach sandiego santamonica ' +
    'greatbritain northernireland middleeast latinamerica southamerica northamerica whitehouse wallstreet timessquare'
  ).split(' '),
);
