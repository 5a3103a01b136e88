// Which people and titles are credited together with one the page names confidently ("Lomon" next to "All of Us
// Are Dead"). One byte per entity, reused from page to page and cleared through the list of entries it touched,
// so "is it co-mentioned?" is one read instead of a walk over the entity's credits for every posting entry of
// every candidate in every round.

const CONFIDENT = 1;
const LINKED = 2;

/** The credits as two CSR adjacency lists (person → local title numbers, title → people). */
export interface Credits {
  readonly peopleCount: number;
  readonly personTitleOffsets: Uint32Array;
  readonly personTitles: Uint32Array;
  readonly titlePeopleOffsets: Uint32Array;
  readonly titlePeople: Uint32Array;
}

export class CoMentions {
  private readonly marks: Uint8Array;
  private readonly touched: number[] = [];
  /** How many entities are confident on the current page. */
  confidentCount = 0;

  constructor(private readonly credits: Credits, entityCount: number) {
    this.marks = new Uint8Array(entityCount);
  }

  /** A name on the page is confidently this entity: everyone credited with it becomes co-mentioned. */
  addConfident(entity: number): void {
    const marks = this.marks;
    if (marks[entity] & CONFIDENT) return;
    if (marks[entity] === 0) this.touched.push(entity);
    marks[entity] |= CONFIDENT;
    this.confidentCount++;
    const { peopleCount, personTitleOffsets, personTitles, titlePeopleOffsets, titlePeople } = this.credits;
    if (entity < peopleCount) {
      for (let i = personTitleOffsets[entity]; i < personTitleOffsets[entity + 1]; i++) this.link(peopleCount + personTitles[i]);
    } else {
      const t = entity - peopleCount;
      for (let i = titlePeopleOffsets[t]; i < titlePeopleOffsets[t + 1]; i++) this.link(titlePeople[i]);
    }
  }

  /**
   * Whether the entity is confidently named somewhere on the page: one name, one sense per page, so its other
   * mentions need no more evidence ("WHAT ABOUT THE GLORY?" above "…neither THE GLORY nor KINGDOM…"). Evidence
   * only: it does not rank namesakes (all of them are named when their name is).
   */
  isNamed(entity: number): boolean {
    return (this.marks[entity] & CONFIDENT) !== 0;
  }

  /** Whether the entity is credited with something (or someone) confidently named on the page. */
  isLinked(entity: number): boolean {
    return (this.marks[entity] & LINKED) !== 0;
  }

  /**
   * A person and a title credited together are both named on the page, neither confidently yet ("Lomon's role in
   * All of Us Are Dead"): each vouches for the other, but for nothing else.
   */
  linkPair(person: number, title: number): void {
    this.link(person);
    this.link(title);
  }

  /** Forget the page. */
  clear(): void {
    for (const entity of this.touched) this.marks[entity] = 0;
    this.touched.length = 0;
    this.confidentCount = 0;
  }

  private link(entity: number): void {
    if (this.marks[entity] === 0) this.touched.push(entity);
    this.marks[entity] |= LINKED;
  }
}
