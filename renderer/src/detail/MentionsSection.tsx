import { useRef, useState, type KeyboardEvent } from 'react';
import {
  sourceName,
  STANCE_GLYPHS,
  STANCE_LABELS,
  type EffectiveCell,
  type Stance,
} from '../../../shared/model';
import type { UnclassifiedMention } from '../../../shared/model/matrix';
import { AuthorField } from '../controls/AuthorField';
import { useStandpoint } from '../store';
import { selectDocumentIndex } from '../store/selectors';
import { formatDate, plural } from '../text/format';
import { useAuthorGate } from './useAuthorGate';

/** One key per stance: the focused mention becomes the analyst's citation with that stance. */
export const MENTION_KEYS: Record<string, Stance> = { s: 'supports', r: 'rejects', o: 'open', u: 'unclear' };
const KEY_OF = Object.fromEntries(Object.entries(MENTION_KEYS).map(([k, s]) => [s, k])) as Record<
  Stance,
  string
>;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Sentences naming the party and the demand that no cue decided: the analyst reads each and, with
 * one key (s / r / o / u), makes it a citation with that stance. Mentions already cited are hidden.
 */
export function MentionsSection({ cell }: { cell: EffectiveCell }) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const openReader = useStandpoint((s) => s.openReader);
  const docs = useStandpoint(selectDocumentIndex);
  const gate = useAuthorGate();
  const [pending, setPending] = useState<{ key: string; stance: Stance } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const open = cell.mentions.filter(
    (m) =>
      !cell.analystCitations.some(
        (a) =>
          a.anchor.document === m.document && a.resolution.status !== 'orphaned' && overlaps(a.resolution, m),
      ),
  );
  if (cell.mentions.length === 0) return null;

  const focusItem = (index: number) =>
    requestAnimationFrame(() => {
      const items = list.current?.querySelectorAll<HTMLElement>('[data-mention]');
      if (items?.length) items[Math.max(0, Math.min(index, items.length - 1))]!.focus();
    });

  const cite = async (m: UnclassifiedMention, stance: Stance, index: number) => {
    if (!(await gate.ensure())) {
      setPending({ key: m.key, stance });
      return;
    }
    setPending(null);
    const ok = await apply({
      type: 'citation:create',
      party: cell.party,
      demand: cell.demand,
      stance,
      range: { document: m.document, start: m.start, end: m.end },
      comment: '',
    });
    // The next mention slides into this one's place: keep the keyboard there.
    if (ok) focusItem(index);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, m: UnclassifiedMention, index: number) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const stance = MENTION_KEYS[e.key.toLowerCase()];
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: open.length - 1 }[e.key];
    if (stance) {
      e.preventDefault();
      void cite(m, stance, index);
    } else if (move !== undefined) {
      e.preventDefault();
      focusItem(move);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openReader(m.document, { start: m.start, end: m.end });
    }
  };

  const pendingMention = pending && open.find((m) => m.key === pending.key);
  return (
    <section className="detail__section" aria-label="Unclassified mentions" data-testid="mentions">
      <h3>
        Unclassified mentions <span className="muted num">{open.length}</span>
      </h3>
      <p className="small muted">
        Sentences naming both that no cue decides. Focus one and press <kbd>s</kbd> supports, <kbd>r</kbd>{' '}
        rejects, <kbd>o</kbd> open or <kbd>u</kbd> unclear to cite it; <kbd>Enter</kbd> opens the source.
      </p>
      {pendingMention && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void cite(pendingMention, pending.stance, open.indexOf(pendingMention));
          }}
        >
          <AuthorField gate={gate} />
          <div className="form__actions">
            <button type="submit" className="btn btn--primary">
              Cite as {STANCE_LABELS[pending.stance]}
            </button>
          </div>
        </form>
      )}
      {open.length === 0 ? (
        <p className="small muted">All {plural(cell.mentions.length, 'mention')} are cited.</p>
      ) : (
        <ol className="mentions" ref={list}>
          {open.map((m, i) => {
            const doc = docs.get(m.document);
            return (
              <li
                key={m.key}
                data-mention={m.key}
                className="mention"
                tabIndex={i === 0 ? 0 : -1}
                aria-keyshortcuts="s r o u Enter"
                aria-label={`${m.quote} — ${doc ? sourceName(doc) : m.document}, ${formatDate(m.published)}. Press s, r, o or u to cite it.`}
                onKeyDown={(e) => onKeyDown(e, m, i)}
              >
                <blockquote className="citation__quote">{m.quote}</blockquote>
                <p className="small muted mention__source">
                  {doc ? sourceName(doc) : m.document}, {formatDate(m.published)} · names “{m.partyMatch}” and
                  “{m.demandMatch}”
                </p>
                <div className="mention__actions" aria-hidden="true">
                  {(['supports', 'rejects', 'open', 'unclear'] as const).map((stance) => (
                    <button
                      key={stance}
                      type="button"
                      tabIndex={-1}
                      className={`stance-chip stance-${stance}`}
                      onClick={() => void cite(m, stance, i)}
                      title={`Cite as ${STANCE_LABELS[stance]} (${KEY_OF[stance]})`}
                    >
                      {STANCE_GLYPHS[stance]} {STANCE_LABELS[stance]} <kbd>{KEY_OF[stance]}</kbd>
                    </button>
                  ))}
                  <button
                    type="button"
                    tabIndex={-1}
                    className="link"
                    onClick={() => openReader(m.document, { start: m.start, end: m.end })}
                  >
                    Open source
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
