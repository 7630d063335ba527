/**
 * The user's settings, as stored under `local:settings`. The stored object carries its own `version`; older
 * versions are brought up to date by ./migrations.ts before this schema checks them.
 */
import * as z from 'zod/mini';
import '../zod-locale';
import { REPLY_CATEGORIES } from '../taxonomy';

export const SETTINGS_VERSION = 1;

/** Trimmed first, then 1..max characters. */
const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * Matches the wording engine's playbookSchema (lib/analysis/rule-schema.ts), so that a stored playbook always
 * compiles: a phrase and its alternative must not be empty.
 */
const PlaybookPhraseSchema = z.object({
  phrase: trimmed(200),
  category: z.enum(REPLY_CATEGORIES),
  alternative: z.string().check(z.minLength(1, 'needs a preferred alternative'), z.maxLength(500)),
  why: z.optional(z.string().check(z.maxLength(500))),
});

/** Matches lib/analysis/types.ts Playbook (checked at compile time below). */
export const PlaybookSchema = z.object({
  phrases: z.array(PlaybookPhraseSchema).check(z.maxLength(500)),
  canDo: z.array(trimmed(300)).check(z.maxLength(100)),
});

const ruleIds = () => z.array(z.string().check(z.maxLength(120))).check(z.maxLength(500));

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Who the coaching log says wrote the replies; a lead merging a team's logs tells agents apart by it. */
  agentLabel: z._default(trimmed(80), 'me'),
  /** Off: the log keeps no snippet and no flagged words at all. */
  snippetsEnabled: z._default(z.boolean(), true),
  /** Log events older than this are deleted. */
  retentionDays: z._default(z.int().check(z.gte(1), z.lte(3650)), 90),
  disabledRules: z._default(ruleIds(), []),
  /** Rules the agent chose never to be flagged again, from a card. */
  dismissedRules: z._default(ruleIds(), []),
  /** Words the agent chose never to be flagged again, from a card (as flag-key's normalizeMatch gives them). */
  dismissedPhrases: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)), []),
  playbook: z._default(PlaybookSchema, { phrases: [], canDo: [] }),
  /** Origins the user enabled the generic adapter on, e.g. 'https://support.example.com'. */
  enabledSites: z._default(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)), []),
  panelCollapsed: z._default(z.boolean(), false),
  /** Where the agent dragged the coaching panel, per site origin (viewport pixels of its top-left corner). */
  panelPositions: z._default(
    z.record(z.string().check(z.maxLength(300)), z.object({ left: z.number(), top: z.number() })),
    {},
  ),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ version: SETTINGS_VERSION });

// Compile-time check that the stored playbook is what the wording engine takes.
type _PlaybookMatches = z.infer<typeof PlaybookSchema> extends import('../analysis/types').Playbook ? true : never;
const _playbookMatches: _PlaybookMatches = true;
void _playbookMatches;
