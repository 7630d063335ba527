/**
 * The team playbook as a file a lead hands to the team: JSON, zod-checked on import. A bad file is refused
 * whole, with the first problem and where it is, so that nothing half-imported reaches the settings.
 */
import * as z from 'zod/mini';
import type { Playbook } from '../analysis/types';
import { utf8TextOf } from '../text/utf8';
import { PlaybookSchema } from './schema';

export const PLAYBOOK_FILE_FORMAT = 'agent-assist-playbook';
export const PLAYBOOK_FILE_VERSION = 1;

const FileSchema = z.object({
  format: z.literal(PLAYBOOK_FILE_FORMAT),
  version: z.int().check(z.gte(1)),
  playbook: PlaybookSchema,
});

export class PlaybookFileError extends Error {
  override name = 'PlaybookFileError';
}

export function playbookFileText(playbook: Playbook): string {
  return `${JSON.stringify({ format: PLAYBOOK_FILE_FORMAT, version: PLAYBOOK_FILE_VERSION, playbook }, null, 2)}\n`;
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  // Paths read as the lead sees the file: "phrases[2].category".
  const where = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * What the stored schema lets through but is no alternative to offer: a phrase whose alternative is only
 * spaces (an empty one the schema refuses already). Null when the playbook is fine.
 */
export function playbookProblem(playbook: Playbook): string | null {
  const i = playbook.phrases.findIndex((p) => p.alternative.trim() === '');
  return i === -1 ? null : `phrases[${i}].alternative: "${playbook.phrases[i].phrase}" needs a preferred alternative`;
}

function checked(playbook: Playbook): Playbook {
  const problem = playbookProblem(playbook);
  if (problem) throw new PlaybookFileError(`The playbook is invalid at ${problem}.`);
  return playbook;
}

/** Reads a playbook file (or a bare {phrases, canDo} object). Throws PlaybookFileError. */
export function parsePlaybookFile(text: string): Playbook {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new PlaybookFileError(`The file is not valid JSON (${(err as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PlaybookFileError('The file is not an Agent Assist playbook: expected an object with "phrases" and "canDo".');
  }
  if ('format' in value) {
    const parsed = FileSchema.safeParse(value);
    if (!parsed.success) throw new PlaybookFileError(`The playbook is invalid at ${describeIssue(parsed.error)}.`);
    if (parsed.data.version > PLAYBOOK_FILE_VERSION) {
      throw new PlaybookFileError(`The playbook file is version ${parsed.data.version}; this extension reads up to version ${PLAYBOOK_FILE_VERSION}.`);
    }
    return checked(parsed.data.playbook);
  }
  const parsed = PlaybookSchema.safeParse(value);
  if (!parsed.success) throw new PlaybookFileError(`The playbook is invalid at ${describeIssue(parsed.error)}.`);
  return checked(parsed.data);
}

/** Reads a playbook file's bytes: UTF-8 only (another encoding throws NotUtf8Error), then as above. */
export function parsePlaybookBytes(bytes: Uint8Array): Playbook {
  return parsePlaybookFile(utf8TextOf(bytes));
}
