// The marks' colours, one source for the `::highlight()` rules and the overlay boxes drawn where the Highlight
// API is missing. Readable on light and dark pages alike, and independent of the page's own colours.
import type { EntityKind } from '../lib/types';

export interface MarkColours {
  /** `underline` style: the line's colour and pattern. */
  line: string;
  lineStyle: 'dotted' | 'solid';
  /** `background` style: the fill. */
  fill: string;
}

export const MARK_COLOURS: Record<EntityKind, MarkColours> = {
  person: { line: 'rgba(214, 120, 0, 0.95)', lineStyle: 'dotted', fill: 'rgba(255, 196, 0, 0.28)' },
  title: { line: 'rgba(40, 130, 240, 0.85)', lineStyle: 'solid', fill: 'rgba(80, 160, 255, 0.28)' },
};

/** Thickness of the underline, and its gap below the text, in CSS pixels. */
export const UNDERLINE_PX = 2;
export const UNDERLINE_OFFSET_PX = 3;
