import type { ReplyCategory } from '../lib/taxonomy';

export const CATEGORY_LABEL: Record<ReplyCategory, string> = {
  'apology-without-help': 'Apology without help',
  'customer-blame': 'Blames the customer',
};
