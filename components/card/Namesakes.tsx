// When several people share a name, the card shows the likeliest in full and lists the others here.
import type { PersonCard } from '../../lib/types';
import type { OpenEntity } from './EntityCardView';
import { personSummary } from './format';

export function Namesakes({ cards, onOpen }: { cards: PersonCard[]; onOpen: OpenEntity }) {
  if (!cards.length) return null;
  return (
    <section class="cm-section" aria-label="Others with this name">
      <div class="cm-section-title">Others with this name</div>
      <ul class="cm-list">
        {cards.map((card) => (
          <li key={card.person.id} class="cm-row">
            <button type="button" class="cm-link" data-open-kind="person" data-open-id={card.person.id} onClick={() => onOpen('person', card.person.id)}>
              {card.person.name}
            </button>
            <span class="cm-sub">{personSummary(card)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
