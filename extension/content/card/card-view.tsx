/**
 * The card's markup (Preact). Every string from the pack is rendered as text; links are only
 * http(s) (checked by `sourceLink` / `wikidataLink`) and open in a new tab without an opener.
 */
import type { CardData } from '../../../src/card/card-data';
import { entityTypeLabel, sourceLink, wikidataLink } from '../../../src/card/card-view';
import type { CardLabels } from '../../../src/messages/protocol';

export const TITLE_ID = 'backstory-card-title';

export type CardContent =
  | { kind: 'loading'; entity: string }
  | { kind: 'missing'; entity: string }
  | { kind: 'failed'; entity: string }
  /** `labels`: the background's date wording for today (as-of dates, deadline status). */
  | { kind: 'ready'; data: CardData; labels: CardLabels };

export type CardViewProps = {
  content: CardContent;
  onRelated: (entityId: string) => void;
  onClose: () => void;
};

function ExternalLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

function Header({ title, subtitle, onClose }: { title: string; subtitle: string; onClose: () => void }) {
  return (
    <div class="head">
      <div class="title">
        <h2 id={TITLE_ID}>{title}</h2>
        {subtitle ? <span class="type">{subtitle}</span> : null}
      </div>
      <button type="button" class="close" aria-label="Close card" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

function Facts({ data, labels }: { data: CardData; labels: CardLabels }) {
  if (data.facts.length === 0) return null;
  return (
    <section aria-labelledby="backstory-facts">
      <h3 id="backstory-facts">Facts</h3>
      <ul class="facts">
        {data.facts.map((fact, index) => {
          const link = sourceLink(fact.source);
          return (
            <li key={`${fact.asOf}|${fact.text}`}>
              <p>{fact.text}</p>
              <p class="meta">
                {labels.facts[index]}
                {fact.publisher ? ` · ${fact.publisher}` : null}
                {link ? ' · ' : null}
                {link ? <ExternalLink href={link.href} label={link.label} /> : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Deadlines({ labels }: { labels: CardLabels }) {
  if (labels.deadlines.length === 0) return null;
  return (
    <section aria-labelledby="backstory-deadlines">
      <h3 id="backstory-deadlines">Deadlines</h3>
      <ul class="deadlines">
        {labels.deadlines.map((line) => {
          return (
            <li key={line.id}>
              <p>{line.title}</p>
              <p class="meta">
                <span class="status">{line.status}</span> · {line.when}
              </p>
              {line.caution ? <p class="stale">{line.caution}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Related({ data, onRelated }: { data: CardData; onRelated: (id: string) => void }) {
  if (data.related.length === 0) return null;
  return (
    <section aria-labelledby="backstory-related">
      <h3 id="backstory-related">Related</h3>
      <div class="related">
        {data.related.map((other) => (
          <button
            type="button"
            key={other.id}
            data-entity={other.id}
            title={entityTypeLabel(other.type)}
            onClick={() => onRelated(other.id)}
          >
            {other.name}
          </button>
        ))}
      </div>
    </section>
  );
}

const NOTICES: Record<Exclude<CardContent['kind'], 'ready'>, string> = {
  loading: 'Loading…',
  missing: 'No background is available for this name.',
  failed: 'The background could not be loaded. Hover the name again to retry.',
};

export function CardView({ content, onRelated, onClose }: CardViewProps) {
  if (content.kind !== 'ready') {
    return (
      <>
        <Header title="Backstory" subtitle="" onClose={onClose} />
        <p class="notice desc">{NOTICES[content.kind]}</p>
      </>
    );
  }
  const { data, labels } = content;
  const wikidata = wikidataLink(data.entity.wikidata);
  return (
    <>
      <Header title={data.entity.name} subtitle={entityTypeLabel(data.entity.type)} onClose={onClose} />
      <p class="desc">{data.entity.description}</p>
      <Facts data={data} labels={labels} />
      <Deadlines labels={labels} />
      <Related data={data} onRelated={onRelated} />
      <footer>
        <span>{labels.packAsOf}</span>
        {wikidata ? <ExternalLink href={wikidata.href} label={wikidata.label} /> : null}
      </footer>
    </>
  );
}
