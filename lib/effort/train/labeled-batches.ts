/**
 * Reads the team's labeled batches from a folder: each batch's items file, the writer's labels and, where a second
 * labeler worked blind, their labels too. Keeps an item when the writer labeled it and, if there is a second
 * labeling, when both gave the same label; says per batch what was kept and on what grounds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonl } from './corpus';

export interface BatchFiles {
  /** Items files, e.g. /^batch-\d+\.text\.jsonl$/; the batch name is the file name without `itemsSuffix`. */
  items: RegExp;
  itemsSuffix: string;
  /** Label files of the batch, by suffix: the writer's and the second labeler's. */
  writer: string;
  second: string;
}

export interface Kept<T, L> {
  item: T;
  label: L;
  labels: 'agreed' | 'writer';
}

export function keptItems<T extends { id: string }, L>(
  dir: string,
  files: BatchFiles,
  /** The label a labels file gives an item, or undefined when it gives none valid. */
  labelOf: (line: Record<string, unknown>) => L | undefined,
  same: (a: L, b: L) => boolean,
): { kept: Kept<T, L>[]; summary: string[]; held: Set<string> } {
  const labelsIn = (file: string) => {
    const out = new Map<string, L>();
    for (const line of readJsonl<Record<string, unknown>>(file)) {
      const label = labelOf(line);
      if (label !== undefined) out.set(String(line.id), label);
    }
    return out;
  };
  const kept: Kept<T, L>[] = [];
  const summary: string[] = [];
  /** Every item the labeled batches hold, kept or not. */
  const held = new Set<string>();
  for (const itemsFile of fs.readdirSync(dir).filter((f) => files.items.test(f)).sort()) {
    const batch = itemsFile.slice(0, -files.itemsSuffix.length);
    const writerFile = path.join(dir, `${batch}${files.writer}`);
    if (!fs.existsSync(writerFile)) continue;
    const writer = labelsIn(writerFile);
    const secondFile = path.join(dir, `${batch}${files.second}`);
    const second = fs.existsSync(secondFile) ? labelsIn(secondFile) : null;
    let n = 0;
    let dropped = 0;
    for (const item of readJsonl<T>(path.join(dir, itemsFile))) {
      const label = writer.get(item.id);
      if (label === undefined) continue;
      held.add(item.id);
      if (second) {
        const other = second.get(item.id);
        if (other === undefined || !same(label, other)) {
          dropped++;
          continue;
        }
      }
      kept.push({ item, label, labels: second ? 'agreed' : 'writer' });
      n++;
    }
    summary.push(`${batch}: ${n} kept${second ? ` (both labelers agreed; ${dropped} dropped)` : ' (writer labels only)'}`);
  }
  return { kept, summary, held };
}
