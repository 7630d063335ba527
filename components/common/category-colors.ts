import type { ReplyCategory } from '@/lib/taxonomy';

/** The overlay's underline colours (components/overlay-styles.ts), so a category looks the same everywhere. */
export const CATEGORY_COLOR: Record<ReplyCategory, string> = {
  'apology-without-help': '#d97706',
  'customer-blame': '#dc2626',
};
