/**
 * The card's markup (Preact). Compact by default: name, type, a short description, the newest
 * facts with their dates and sources, and the deadlines' status; "More" expands it in place to
 * every fact, the deadlines drawn as timelines, related entities and the knowledge date. "Copy"
 * puts the facts with their sources on the clipboard as plain text.
 *
 * Every string from the pack is rendered as text; links are only the http(s) ones the background
 * checked (`sourceLink` / `wikidataLink` in its labels) and open in a new tab without an opener.
 * The words come from the background's labels or `browser.i18n`.
 */
import { Component } from 'preact';
import type { CardData } from '../../../src/card/card-data';
import type { CardLabels } from '../../../src/messages/protocol';
import { DeadlineTimeline } from '../../shared/deadline-timeline';
import { t } from '../../shared/i18n';
import { copyToClipboard } from './clipboard';

export const TITLE_ID = 'backstory-card-title';
/** Facts the compact card shows: three, or two when a deadline line needs the room. */
const COMPACT_FACTS = 3;

export type CardContent =
  | { kind: 'loading'; entity: string }
  | { kind: 'missing'; entity: string }
  | { kind: 'failed'; entity: string }
  /** `labels`: the background's wording for today (as-of dates, sources, deadline status). */
  | { kind: 'ready'; data: CardData; labels: CardLabels };

export type CardViewProps = {
  content: CardContent;
  onRelated: (entityId: string) => void;
  onClose: () => void;
};

function ExternalLink({ href, text, name }: { href: string; text: string; name?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={name}>
      {text}
    </a>
  );
}

type HeaderProps = {
  title: string;
  titleLang?: string;
  /** The name in the reader's language, when the pack translates it and it differs. */
  altName?: { text: string; lang: string } | undefined;
  subtitle: string;
  onClose: () => void;
};

function Header({ title, titleLang, altName, subtitle, onClose }: HeaderProps) {
  return (
    <div class="head">
      <div class="title">
        <h2 id={TITLE_ID} lang={titleLang}>
          {title}
        </h2>
        {altName ? (
          <p class="alt-name" lang={altName.lang}>
            {altName.text}
          </p>
        ) : null}
        {subtitle ? <span class="type">{subtitle}</span> : null}
      </div>
      <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

/**
 * The description: the pack's English, or for a reader whose language the pack translates, the
 * translation and a note that marks it as one (the English original follows when expanded).
 */
function Description({ data, labels, expanded }: { data: CardData; labels: CardLabels; expanded: boolean }) {
  const translation = labels.translation;
  if (!translation) {
    return (
      <p class="desc" lang="en">
        {data.entity.description}
      </p>
    );
  }
  return (
    <div class="translated">
      <p class="desc" lang={translation.lang}>
        {translation.text}
      </p>
      <p class="translation-note">{translation.note}</p>
      {expanded ? (
        <p class="original">
          <span class="translation-note">{t('cardOriginalText')}</span>{' '}
          <span lang="en">{data.entity.description}</span>
        </p>
      ) : null}
    </div>
  );
}

function Facts({ data, labels, count }: { data: CardData; labels: CardLabels; count: number }) {
  if (data.facts.length === 0) return null;
  return (
    <section aria-labelledby="backstory-facts">
      <h3 id="backstory-facts">{t('cardFacts')}</h3>
      <ul class="facts">
        {data.facts.slice(0, count).map((fact, index) => {
          const source = labels.sources[index];
          return (
            <li key={`${fact.asOf}|${fact.text}`}>
              <p class="fact" lang="en">
                {fact.text}
              </p>
              <p class="meta">
                {labels.facts[index]}
                {source?.href ? ' · ' : null}
                {source?.href ? (
                  <ExternalLink href={source.href} text={source.text} name={source.name} />
                ) : fact.publisher ? (
                  ` · ${fact.publisher}`
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Deadlines({ labels, expanded }: { labels: CardLabels; expanded: boolean }) {
  if (labels.deadlines.length === 0) return null;
  return (
    <section aria-labelledby="backstory-deadlines">
      <h3 id="backstory-deadlines">{t('cardDeadlines')}</h3>
      <ul class="deadlines">
        {labels.deadlines.map((line) => (
          <li key={line.id}>
            <p class="deadline-title" lang="en">
              {line.title}
            </p>
            <p class="meta">
              <span class="status">{line.status}</span> · {line.when}
            </p>
            {expanded && line.timeline ? <DeadlineTimeline view={line.timeline} /> : null}
            {expanded && line.caution ? <p class="stale">{line.caution}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Related(props: { data: CardData; labels: CardLabels; onRelated: (id: string) => void }) {
  const { data, labels, onRelated } = props;
  if (data.related.length === 0) return null;
  return (
    <section aria-labelledby="backstory-related">
      <h3 id="backstory-related">{t('cardRelated')}</h3>
      <div class="related">
        {data.related.map((other, index) => (
          <button
            type="button"
            key={other.id}
            data-entity={other.id}
            title={labels.related[index]}
            onClick={() => onRelated(other.id)}
          >
            {other.name}
          </button>
        ))}
      </div>
    </section>
  );
}

function Actions(props: { expanded: boolean; copied: string; onToggle: () => void; onCopy: () => void }) {
  return (
    <div class="actions">
      <button type="button" class="more" aria-expanded={props.expanded} onClick={props.onToggle}>
        {props.expanded ? t('cardLess') : t('cardMore')}
      </button>
      <button type="button" class="copy" onClick={props.onCopy}>
        {t('cardCopy')}
      </button>
      <span class="meta" role="status">
        {props.copied}
      </span>
    </div>
  );
}

const NOTICES = {
  loading: 'cardLoading',
  missing: 'cardMissing',
  failed: 'cardFailed',
} as const;

function altName(data: CardData, labels: CardLabels): HeaderProps['altName'] {
  const translation = labels.translation;
  if (!translation?.name || translation.name === data.entity.name) return undefined;
  return { text: translation.name, lang: translation.lang };
}

type ReadyProps = { data: CardData; labels: CardLabels } & Omit<CardViewProps, 'content'>;

/** A class component (core Preact): the content bundle carries no hooks. */
class ReadyCard extends Component<ReadyProps, { expanded: boolean; copied: string }> {
  override state = { expanded: false, copied: '' };

  copy = () => {
    const done = (ok: boolean) => this.setState({ copied: ok ? t('cardCopied') : t('cardCopyFailed') });
    copyToClipboard(this.props.labels.copyText).then(done, () => done(false));
  };

  render() {
    const { data, labels, onRelated, onClose } = this.props;
    const { expanded, copied } = this.state;
    const wikidata = labels.wikidata;
    const facts = expanded ? data.facts.length : COMPACT_FACTS - (labels.deadlines.length > 0 ? 1 : 0);
    return (
      <div class={expanded ? 'body expanded' : 'body compact'} lang={t('htmlLang')}>
        <Header
          title={data.entity.name}
          titleLang="en"
          altName={altName(data, labels)}
          subtitle={labels.type}
          onClose={onClose}
        />
        <Description data={data} labels={labels} expanded={expanded} />
        <Facts data={data} labels={labels} count={facts} />
        <Deadlines labels={labels} expanded={expanded} />
        {expanded ? <Related data={data} labels={labels} onRelated={onRelated} /> : null}
        {expanded ? (
          <footer>
            <span>{labels.packAsOf}</span>
            {wikidata ? <ExternalLink href={wikidata.href} text={wikidata.label} /> : null}
          </footer>
        ) : null}
        <Actions
          expanded={expanded}
          copied={copied}
          onToggle={() => this.setState({ expanded: !expanded })}
          onCopy={this.copy}
        />
      </div>
    );
  }
}

export function CardView({ content, onRelated, onClose }: CardViewProps) {
  if (content.kind !== 'ready') {
    return (
      <>
        <Header title={t('extName')} subtitle="" onClose={onClose} />
        <p class="notice desc" lang={t('htmlLang')}>
          {t(NOTICES[content.kind])}
        </p>
      </>
    );
  }
  return (
    <ReadyCard
      key={content.data.entity.id}
      data={content.data}
      labels={content.labels}
      onRelated={onRelated}
      onClose={onClose}
    />
  );
}
