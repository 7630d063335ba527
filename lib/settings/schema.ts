/**
 * The user's settings, as stored under `local:settings`. The stored object carries its own `version`; older
 * versions are brought up to date by ./migrations.ts before this schema checks them.
 */
import { z } from 'zod';
import { REPLY_CATEGORIES } from '../taxonomy';

export const SETTINGS_VERSION = 1;

const PlaybookPhraseSchema = z.object({
  phrase: z.string().trim().min(1).max(200),
  category: z.enum(REPLY_CATEGORIES),
  alternative: z.string().max(500),
  why: z.string().max(500).optional(),
});

/** Matches lib/analysis/types.ts Playbook (checked at compile time below). */
export const PlaybookSchema = z.object({
  phrases: z.array(PlaybookPhraseSchema).max(500),
  canDo: z.array(z.string().trim().min(1).max(300)).max(100),
});

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Who the coaching log says wrote the replies; a lead merging a team's logs tells agents apart by it. */
  agentLabel: z.string().trim().min(1).max(80).default('me'),
  /** Off: the log keeps no snippet and no flagged words at all. */
  snippetsEnabled: z.boolean().default(true),
  /** Log events older than this are deleted. */
  retentionDays: z.number().int().min(1).max(3650).default(90),
  disabledRules: z.array(z.string().max(120)).max(500).default([]),
  /** Rules the agent chose to "always dismiss" from a card. */
  dismissedRules: z.array(z.string().max(120)).max(500).default([]),
  playbook: PlaybookSchema.default({ phrases: [], canDo: [] }),
  /** Origins the user enabled the generic adapter on, e.g. 'https://support.example.com'. */
  enabledSites: z.array(z.string().max(300)).max(500).default([]),
  panelCollapsed: z.boolean().default(false),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ version: SETTINGS_VERSION });

// Compile-time check that the stored playbook is what the wording engine takes.
type _PlaybookMatches = z.infer<typeof PlaybookSchema> extends import('../analysis/types').Playbook ? true : never;
const _playbookMatches: _PlaybookMatches = true;
void _playbookMatches;
