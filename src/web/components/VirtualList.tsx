import { Box } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type Key, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Names the scrollable region (keyboard users tab into it to scroll). */
  regionLabel: string;
  /** Names the list inside it. */
  listLabel: string;
  itemKey: (item: T) => Key;
  /** A first guess of an item's height in px; real heights are measured once rendered. */
  estimateSize: number;
  renderItem: (item: T) => ReactNode;
  maxHeight?: number;
  /** Brings this item to the top whenever it changes, without moving focus. */
  scrollToIndex?: number;
}

/**
 * An ordered list that renders only the items in view, so a 2,000-node plan stays smooth. Each rendered item
 * carries aria-setsize/aria-posinset, so assistive technology still hears "item 57 of 300".
 */
export function VirtualList<T>({ items, regionLabel, listLabel, itemKey, estimateSize, renderItem, maxHeight = 480, scrollToIndex }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The React Compiler is not used here; the virtualizer's changing functions are read during render on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => itemKey(items[index]!),
    overscan: 4,
  });
  useEffect(() => {
    if (scrollToIndex !== undefined) virtualizer.scrollToIndex(scrollToIndex, { align: 'start' });
  }, [virtualizer, scrollToIndex]);
  return (
    <Box
      ref={scrollRef}
      role="region"
      aria-label={regionLabel}
      tabIndex={0}
      sx={{ maxHeight, overflow: 'auto', border: 1, borderColor: 'grey.400', borderRadius: 1 }}
    >
      <Box component="ol" aria-label={listLabel} sx={{ position: 'relative', height: virtualizer.getTotalSize(), m: 0, p: 0, listStyle: 'none' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <Box
            component="li"
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            sx={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index]!)}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
