// The entity card: a compact summary of a person or a title. Used in the page's hover card (inside a shadow
// root) and in the popup. Names and titles inside are buttons that open their own card through `onOpen`.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { EntityCard, EntityKind, PersonCard, TitleCard } from '../../lib/types';
import {
  castInOrder,
  groupRolesByTitle,
  imdbUrl,
  platformLabels,
  roleLabel,
  runtimeLabel,
  scoreLabel,
  typeLabel,
  votesLabel,
  whenLabel,
} from './format';

export type OpenEntity = (kind: EntityKind, id: string) => void;

export interface EntityCardViewProps {
  card: EntityCard;
  onOpen: OpenEntity;
  /** Rendered at the right of the header (e.g. a back or close button). */
  actions?: ComponentChildren;
  /** Rendered after the card's own sections (e.g. namesakes). */
  footer?: ComponentChildren;
}

const ROLES_SHOWN = 6;
const CAST_SHOWN = 8;

export function EntityCardView({ card, onOpen, actions, footer }: EntityCardViewProps) {
  return (
    <div class="cm-card" data-kind={card.kind} data-id={card.kind === 'person' ? card.person.id : card.title.id}>
      {card.kind === 'person' ? <PersonView card={card} onOpen={onOpen} actions={actions} /> : <TitleView card={card} onOpen={onOpen} actions={actions} />}
      {footer}
    </div>
  );
}

function Meta({ parts }: { parts: string[] }) {
  const shown = parts.filter(Boolean);
  if (!shown.length) return null;
  return (
    <p class="cm-meta">{shown.join(' · ')}</p>
  );
}

function Chips({ labels }: { labels: string[] }) {
  if (!labels.length) return null;
  return (
    <div class="cm-chips">
      {labels.map((label) => (
        <span class="cm-chip" key={label}>
          {label}
        </span>
      ))}
    </div>
  );
}

function Link({ kind, id, onOpen, children }: { kind: EntityKind; id: string; onOpen: OpenEntity; children: ComponentChildren }) {
  return (
    <button type="button" class="cm-link" data-open-kind={kind} data-open-id={id} onClick={() => onOpen(kind, id)}>
      {children}
    </button>
  );
}

function MoreToggle({ hidden, open, onToggle }: { hidden: number; open: boolean; onToggle: () => void }) {
  if (hidden <= 0) return null;
  return (
    <button type="button" class="cm-more" aria-expanded={open} onClick={onToggle}>
      {open ? 'Show fewer' : `Show ${hidden} more`}
    </button>
  );
}

function PersonView({ card, onOpen, actions }: { card: PersonCard; onOpen: OpenEntity; actions?: ComponentChildren }) {
  const [expanded, setExpanded] = useState(false);
  const groups = groupRolesByTitle(card);
  const shown = expanded ? groups : groups.slice(0, ROLES_SHOWN);
  const directs = card.roles.some((role) => role.role === 'DIRECTOR');
  const acts = card.roles.some((role) => role.role === 'ACTOR');
  const job = [acts && 'Actor', directs && 'Director'].filter(Boolean).join(' · ') || 'Person';
  return (
    <>
      <header class="cm-head">
        <h2>{card.person.name}</h2>
        <span class="cm-kind">{job}</span>
        {actions}
      </header>
      {card.person.otherNames.length > 0 && <p class="cm-also">Also credited as {card.person.otherNames.join(', ')}</p>}
      <section class="cm-section" aria-label="Roles">
        <div class="cm-section-title">{groups.length === 1 ? '1 title' : `${groups.length} titles`}</div>
        {groups.length === 0 && <p class="cm-empty">No credits in the catalogue.</p>}
        <ul class="cm-list">
          {shown.map(({ title, roles }) => (
            <li key={title.id}>
              <div class="cm-row">
                <Link kind="title" id={title.id} onOpen={onOpen}>
                  {title.title}
                </Link>
                <span class="cm-sub">{[typeLabel(title), whenLabel(title)].filter(Boolean).join(' · ')}</span>
              </div>
              <div class="cm-sub">{roles.map((role) => roleLabel(role)).join('; ')}</div>
              {title.platforms.length > 0 && <div class="cm-sub">{platformLabels(title).join(', ')}</div>}
            </li>
          ))}
        </ul>
        <MoreToggle hidden={groups.length - ROLES_SHOWN} open={expanded} onToggle={() => setExpanded(!expanded)} />
      </section>
    </>
  );
}

function TitleView({ card, onOpen, actions }: { card: TitleCard; onOpen: OpenEntity; actions?: ComponentChildren }) {
  const [expanded, setExpanded] = useState(false);
  const { title } = card;
  const cast = castInOrder(card);
  const shownCast = expanded ? cast : cast.slice(0, CAST_SHOWN);
  const imdb = imdbUrl(title);
  return (
    <>
      <header class="cm-head">
        <h2>{title.title}</h2>
        <span class="cm-kind">{typeLabel(title)}</span>
        {actions}
      </header>
      <Meta parts={[whenLabel(title), runtimeLabel(title.runtime), title.ageRating ?? '']} />
      <Meta parts={[title.genres.join(', '), title.countries.join(', ')]} />
      {title.imdbScore !== undefined && (
        <p class="cm-score">
          <span class="cm-star" aria-hidden="true">★</span>
          <strong>{scoreLabel(title.imdbScore)}</strong>
          <span class="cm-sub">IMDb{title.imdbVotes ? ` · ${votesLabel(title.imdbVotes)}` : ''}</span>
          {imdb && (
            <a href={imdb} target="_blank" rel="noopener noreferrer">
              imdb.com ↗
            </a>
          )}
        </p>
      )}
      {title.imdbScore === undefined && imdb && (
        <p class="cm-score">
          <a href={imdb} target="_blank" rel="noopener noreferrer">
            IMDb ↗
          </a>
        </p>
      )}
      <Chips labels={platformLabels(title)} />
      {card.directors.length > 0 && (
        <section class="cm-section" aria-label="Directors">
          <div class="cm-section-title">{card.directors.length === 1 ? 'Director' : 'Directors'}</div>
          <div class="cm-row">
            {card.directors.map((person, i) => (
              <span key={person.id}>
                <Link kind="person" id={person.id} onOpen={onOpen}>
                  {person.name}
                </Link>
                {i < card.directors.length - 1 ? ',' : ''}
              </span>
            ))}
          </div>
        </section>
      )}
      {cast.length > 0 && (
        <section class="cm-section" aria-label="Cast">
          <div class="cm-section-title">Cast</div>
          <ul class="cm-list">
            {shownCast.map((member) => (
              <li key={member.person.id} class="cm-row">
                <Link kind="person" id={member.person.id} onOpen={onOpen}>
                  {member.person.name}
                </Link>
                {(member.characters.length > 0 || member.voice || member.self) && <span class="cm-sub">{roleLabel({ ...member, role: 'ACTOR' })}</span>}
              </li>
            ))}
          </ul>
          <MoreToggle hidden={cast.length - CAST_SHOWN} open={expanded} onToggle={() => setExpanded(!expanded)} />
        </section>
      )}
    </>
  );
}
