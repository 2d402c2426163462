// @vitest-environment happy-dom
/**
 * The card's Preact markup, rendered in happy-dom: pack strings stay text, only http(s) links
 * are made, related buttons and the close button call back, loading/missing states show.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import zhCN from '../../_locales/zh_CN/messages.json';
import zhTW from '../../_locales/zh_TW/messages.json';
import { CardView, type CardViewProps, TITLE_ID } from '../../extension/content/card/card-view';
import type { CardData } from '../../src/card/card-data';
import { cardLabels } from '../../src/card/card-labels';
import { type MessagesFile, translatorFor } from '../../src/i18n/messages';
import type { Fact } from '../../src/knowledge/schema';
import { english } from '../support/english';

vi.mock('../../extension/shared/i18n', async () => {
  const { english } = await import('../support/english');
  return { t: english };
});

function data(overrides: Partial<CardData> = {}): CardData {
  return {
    entity: {
      id: 'acme',
      name: 'Acme <b>Corp</b>',
      type: 'organization',
      description: 'Makes <img src=x onerror=alert(1)> things',
      wikidata: 'Q42',
    },
    facts: [
      { text: 'Fact <script>alert(1)</script> one', asOf: '2025-06-01', source: 'https://www.example.com/a' },
      { text: 'Fact two', asOf: '2025-05-01', source: 'javascript:alert(1)' },
    ],
    deadlines: [
      {
        id: 'd',
        title: 'A deadline',
        entities: ['acme'],
        due: '2025-06-10',
        status: 'upcoming',
        summary: 'S',
        timeline: [{ date: '2025-01-01', event: 'E', source: 'https://example.com/t' }],
      },
    ],
    related: [{ id: 'other', name: 'Other Inc', type: 'organization' }],
    packAsOf: '2025-06-05',
    packTitle: 'Pack',
    ...overrides,
  };
}

/**
 * A ready card as the background sends it: data plus its wording for en-US at noon UTC on
 * 2025-06-07, for a reader in `timeZone` (explicit, so the machine's own zone plays no part).
 */
function ready(card: CardData = data(), timeZone = 'UTC') {
  const labels = cardLabels(card, 'en-US', english, new Date('2025-06-07T12:00:00Z'), timeZone);
  return { kind: 'ready' as const, data: card, labels };
}

let container: HTMLElement | undefined;

function mount(props: Partial<CardViewProps>): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  const full: CardViewProps = {
    content: ready(),
    onRelated: () => {},
    onClose: () => {},
    ...props,
  };
  render(h(CardView, full), container);
  return container;
}

/** Presses "More" (Preact re-renders on the next microtask). */
async function expand(root: HTMLElement): Promise<void> {
  root.querySelector<HTMLButtonElement>('button.more')?.click();
  await new Promise((done) => setTimeout(done, 0));
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

describe('CardView', () => {
  it('renders pack strings as text, never as markup', () => {
    const root = mount({});
    expect(root.querySelector(`#${TITLE_ID}`)?.textContent).toBe('Acme <b>Corp</b>');
    expect(root.querySelector('b, img, script')).toBeNull();
    expect(root.querySelector('.desc')?.textContent).toBe('Makes <img src=x onerror=alert(1)> things');
    expect(root.querySelector('.facts li p')?.textContent).toBe('Fact <script>alert(1)</script> one');
  });

  it("names a fact's source link by its publisher, as text; a publisher without a link stays as text", () => {
    const base = data();
    const facts = [
      { ...(base.facts[0] as Fact), publisher: 'Example <i>News</i>' },
      { ...(base.facts[1] as Fact), publisher: 'Plain Wire' },
    ];
    const root = mount({ content: ready({ ...base, facts }) });
    const metas = [...root.querySelectorAll('.facts li .meta')].map((m) => m.textContent);
    expect(metas).toEqual(['as of Jun 1, 2025 · Example <i>News</i>', 'as of May 1, 2025 · Plain Wire']);
    expect(root.querySelector('.facts a')?.textContent).toBe('Example <i>News</i>');
    expect(root.querySelector('.facts i')).toBeNull();
  });

  it('links only http(s) sources, named by publisher (else hostname) and date, opening safely', async () => {
    const root = mount({});
    await expand(root);
    const links = [...root.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'),
      text: a.textContent,
      name: a.getAttribute('aria-label'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
    expect(links).toEqual([
      {
        href: 'https://www.example.com/a',
        text: 'example.com',
        name: 'example.com, Jun 1, 2025 (source)',
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      {
        href: 'https://www.wikidata.org/wiki/Q42',
        text: 'Wikidata Q42',
        name: null,
        target: '_blank',
        rel: 'noopener noreferrer',
      },
    ]);
    const metas = [...root.querySelectorAll('.facts .meta')].map((m) => m.textContent);
    expect(metas).toEqual(['as of Jun 1, 2025 · example.com', 'as of May 1, 2025']);
  });

  it('shows deadlines with live status, and when expanded their timeline and the knowledge date', async () => {
    const root = mount({});
    expect(root.querySelector('.deadlines li')?.textContent).toBe(
      'A deadlineUpcoming · due Tue, Jun 10, 2025 (in 3 days)',
    );
    expect(root.querySelector('footer, svg')).toBeNull();
    await expand(root);
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toMatch(/^Timeline of A deadline: Today: /);
    expect(root.querySelector('footer span')?.textContent).toBe('Knowledge as of Jun 5, 2025');
    expect(root.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('counts days to a deadline from the reader calendar day, not from UTC', () => {
    // Noon UTC on June 7 is already 02:00 on June 8 at UTC+14 and still midnight on June 7 at UTC-12.
    const east = mount({ content: ready(data(), 'Pacific/Kiritimati') });
    expect(east.querySelector('.deadlines li')?.textContent).toBe(
      'A deadlineUpcoming · due Tue, Jun 10, 2025 (in 2 days)',
    );
    expect(east.querySelector('.facts .meta')?.textContent).toBe('as of Jun 1, 2025 · example.com');
    render(null, container as HTMLElement);
    const west = mount({ content: ready(data(), 'Etc/GMT+12') });
    expect(west.querySelector('.deadlines li')?.textContent).toBe(
      'A deadlineUpcoming · due Tue, Jun 10, 2025 (in 3 days)',
    );
  });

  it('is compact by default: at most three facts, two when it has a deadline', async () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((x, i) => ({
      text: `Fact ${x}`,
      asOf: `2025-05-0${5 - i}`,
      source: 'https://example.com/',
    }));
    const withDeadline = mount({ content: ready(data({ facts: five })) });
    expect(withDeadline.querySelectorAll('.facts li')).toHaveLength(2);
    await expand(withDeadline);
    expect(withDeadline.querySelectorAll('.facts li')).toHaveLength(5);
    render(null, withDeadline);
    const without = mount({ content: ready(data({ facts: five, deadlines: [] })) });
    expect(without.querySelectorAll('.facts li')).toHaveLength(3);
  });

  it('calls back for related entities and the close button', async () => {
    const onRelated = vi.fn();
    const onClose = vi.fn();
    const root = mount({ onRelated, onClose });
    await expand(root);
    const button = root.querySelector<HTMLButtonElement>('.related button');
    expect(button?.textContent).toBe('Other Inc');
    button?.click();
    expect(onRelated).toHaveBeenCalledWith('other');
    root.querySelector<HTMLButtonElement>('button.close')?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves out empty sections and the Wikidata link when there is none', () => {
    const root = mount({
      content: ready(data({ deadlines: [], related: [], entity: { ...data().entity, wikidata: undefined } })),
    });
    expect(root.querySelector('.deadlines, .related')).toBeNull();
    expect([...root.querySelectorAll('a')].some((a) => a.href.includes('wikidata'))).toBe(false);
  });

  it('shows loading, missing and failed states', () => {
    expect(mount({ content: { kind: 'loading', entity: 'acme' } }).textContent).toContain('Loading…');
    render(null, container as HTMLElement);
    expect(mount({ content: { kind: 'missing', entity: 'acme' } }).textContent).toContain(
      'No background is available',
    );
  });

  it('shows a Chinese reader the translated name and description, marked as translated from the English', async () => {
    const translated = data({
      entity: {
        ...data().entity,
        translations: {
          'zh-Hans': { name: '阿克米公司', description: '制造<b>东西</b>' },
          'zh-Hant': { name: '阿克米公司', description: '製造東西' },
        },
      },
    });
    const at = new Date('2025-06-07T12:00:00Z');
    const simplified = cardLabels(translated, 'zh-CN', translatorFor(zhCN as MessagesFile), at, 'UTC');
    const root = mount({ content: { kind: 'ready', data: translated, labels: simplified } });
    expect(root.querySelector('.desc')?.textContent).toBe('制造<b>东西</b>');
    expect(root.querySelector('.desc')?.getAttribute('lang')).toBe('zh-Hans');
    expect(root.querySelector('.translation-note')?.textContent).toBe('译自英文原文');
    expect(root.querySelector('.alt-name')?.textContent).toBe('阿克米公司');
    expect(root.querySelector('.alt-name')?.getAttribute('lang')).toBe('zh-Hans');
    expect(root.querySelector(`#${TITLE_ID}`)?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.facts .meta')?.textContent).toBe('截至 2025年6月1日 · example.com');
    expect(root.querySelector('.fact')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.original')).toBeNull();
    await expand(root);
    expect(root.querySelector('.original [lang="en"]')?.textContent).toBe(
      'Makes <img src=x onerror=alert(1)> things',
    );
    render(null, container as HTMLElement);
    const traditional = cardLabels(translated, 'zh-TW', translatorFor(zhTW as MessagesFile), at, 'UTC');
    const tw = mount({ content: { kind: 'ready', data: translated, labels: traditional } });
    expect(tw.querySelector('.desc')?.textContent).toBe('製造東西');
    expect(tw.querySelector('.desc')?.getAttribute('lang')).toBe('zh-Hant');
    expect(tw.querySelector('.translation-note')?.textContent).toBe('譯自英文原文');
  });

  it('shows an English reader the English description and no translation note', () => {
    const translated = data({
      entity: { ...data().entity, translations: { 'zh-Hans': { description: '制造东西' } } },
    });
    const root = mount({ content: ready(translated) });
    expect(root.querySelector('.desc')?.textContent).toBe('Makes <img src=x onerror=alert(1)> things');
    expect(root.querySelector('.desc')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.translation-note, .alt-name')).toBeNull();
  });
});
