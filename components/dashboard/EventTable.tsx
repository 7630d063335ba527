import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { SortKey } from '@/lib/db/event-query';
import type { EventRow } from '@/lib/db/logged-event';
import { t, type MessageKey } from '@/lib/i18n';
import { eventTypeLabel, helpdeskLabel } from '../common/labels';
import { categoryText, detailText, ruleText, safeTicketUrl, ticketText } from './event-cells';
import { formatTime } from './format';
import { useDashboard } from './store';
import type { EventPages } from './use-event-pages';

const ROW_HEIGHT = 44;

type ColumnKey = SortKey | 'agent' | 'helpdesk' | 'ticket' | 'type' | 'category' | 'rule' | 'detail';
const SORTABLE = new Set<ColumnKey>(['at']);

const COLUMNS: { key: ColumnKey; label: MessageKey }[] = [
  { key: 'at', label: 'columnTime' },
  { key: 'agent', label: 'columnAgent' },
  { key: 'helpdesk', label: 'columnHelpdesk' },
  { key: 'ticket', label: 'columnTicket' },
  { key: 'type', label: 'columnType' },
  { key: 'category', label: 'columnCategory' },
  { key: 'rule', label: 'columnRule' },
  { key: 'detail', label: 'columnDetail' },
];

function Row({ row, index, top, linkTabStop }: { row: EventRow; index: number; top: number; linkTabStop: boolean }) {
  const href = safeTicketUrl(row);
  const ticket = ticketText(row);
  const detail = detailText(row);
  return (
    <div role="row" aria-rowindex={index + 2} className="aa-row" style={{ transform: `translateY(${top}px)` }} data-event-id={row.eventId}>
      <div role="cell">{formatTime(row.at)}</div>
      <div role="cell">{row.agent}</div>
      <div role="cell">{helpdeskLabel(row.ticket.helpdesk)}</div>
      <div role="cell" title={ticket}>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener" tabIndex={linkTabStop ? 0 : -1} data-ticket-link="">
            {ticket}
          </a>
        ) : (
          ticket
        )}
      </div>
      <div role="cell">{eventTypeLabel(row.type)}</div>
      <div role="cell">{categoryText(row)}</div>
      <div role="cell">{ruleText(row)}</div>
      <div role="cell" title={detail}>
        {detail}
      </div>
    </div>
  );
}

/**
 * The rows' ticket links are one Tab stop, not one each: the last one focused (else the first), and Up and Down
 * move between them, scrolling the table as they go.
 */
function useTicketLinkKeys(rows: readonly EventRow[], scroller: RefObject<HTMLDivElement | null>, scrollTo: (index: number) => void) {
  const [current, setCurrent] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const tabStop = current !== null && rows.some((r) => r.eventId === current) ? current : (rows.find((r) => safeTicketUrl(r))?.eventId ?? null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    let frame = 0;
    let tries = 0;
    // The row may render only once the table has scrolled to it.
    const focus = () => {
      const link = scroller.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"] [data-ticket-link]`);
      if (link) {
        pendingFocus.current = null;
        link.focus();
      } else if (tries++ < 10) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [current, scroller]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const id = (e.target as Element).closest('[data-ticket-link]')?.closest('[data-event-id]')?.getAttribute('data-event-id');
    if (!id) return;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    for (let i = rows.findIndex((r) => r.eventId === id) + step; i >= 0 && i < rows.length; i += step) {
      if (!safeTicketUrl(rows[i])) continue;
      e.preventDefault();
      pendingFocus.current = rows[i].eventId;
      scrollTo(i);
      setCurrent(rows[i].eventId);
      return;
    }
  };
  const onFocus = (e: FocusEvent) => {
    const id = (e.target as Element).closest('[data-ticket-link]')?.closest('[data-event-id]')?.getAttribute('data-event-id');
    if (id) setCurrent(id);
  };
  return { tabStop, onKeyDown, onFocus };
}

/**
 * Only the rows in view are in the DOM, and only the pages scrolled to are in memory: a row past the loaded
 * ones stands for "more", and asks for the next page when it comes into view.
 */
export function EventTable({ pages }: { pages: EventPages }) {
  const { rows, hasMore, loadMore } = pages;
  const sort = useDashboard((s) => s.sort);
  const sortBy = useDashboard((s) => s.sortBy);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastInView >= rows.length - 1) loadMore();
  }, [hasMore, lastInView, rows.length, loadMore]);
  const links = useTicketLinkKeys(rows, scroller, (index) => virtualizer.scrollToIndex(index));
  const count = pages.matching ?? -1;
  return (
    <div role="table" aria-label={t('eventsTableLabel')} aria-rowcount={count + 1 || -1} className="aa-table" data-testid="events-table" data-rows={pages.matching} data-loaded-rows={rows.length} data-rows-key={pages.rowsKey}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="aa-row aa-head">
          {COLUMNS.map((c) => {
            if (!SORTABLE.has(c.key)) {
              return (
                <div role="columnheader" key={c.key}>
                  {t(c.label)}
                </div>
              );
            }
            const key = c.key as SortKey;
            const active = sort.key === key;
            return (
              <div role="columnheader" key={key} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="aa-sort" onClick={() => sortBy(key)} data-sort={key}>
                  {t(c.label)}
                  <span aria-hidden="true" className="aa-sort-mark">
                    {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div
        ref={scroller}
        className="aa-table-body"
        role="rowgroup"
        tabIndex={0}
        aria-label={t('eventsScrollLabel')}
        onKeyDown={links.onKeyDown}
        onFocus={links.onFocus}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) =>
            item.index < rows.length ? (
              <Row
                key={rows[item.index].eventId}
                row={rows[item.index]}
                index={item.index}
                top={item.start}
                linkTabStop={rows[item.index].eventId === links.tabStop}
              />
            ) : (
              <div key="more" role="row" className="aa-row aa-muted" style={{ transform: `translateY(${item.start}px)` }} data-testid="events-more">
                <div role="cell">{t('eventsLoadingMore')}</div>
              </div>
            ),
          )}
        </div>
      </div>
    </div>
  );
}
