import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue, mergeSections, README_FILE, readResults, renderTable, withTable, type StoredSection } from '../../bench/results-file';

const section = (file: string, name: string, value: number): StoredSection => ({ file, name, measures: [{ label: `${name} time`, value, unit: 'ms', target: 10 }] });

describe('the README "Measured" table', () => {
  it('is exactly what the committed bench-results/bench.json renders, so it cannot drift from what was measured', () => {
    const results = readResults();
    expect(results, 'bench-results/bench.json is committed').toBeDefined();
    const readme = fs.readFileSync(README_FILE, 'utf8');
    expect(withTable(readme, renderTable(results!))).toBe(readme);
  });

  it('lists every measure that has a target, and marks a missed one', () => {
    const results = readResults()!;
    const table = renderTable(results);
    for (const s of results.sections) for (const m of s.measures.filter((x) => x.target !== undefined)) expect(table).toContain(m.label);
    const missed = renderTable({ at: '2026-01-01T00:00:00Z', node: 'v20', sections: [section('a.bench.ts', 'A', 12)] });
    expect(missed).toContain('| A | A time | 12.0 ms | ≤ 10 ms **missed** |');
  });

  it('a partial run replaces only its own files\' sections and drops sections of bench files that are gone', () => {
    const earlier = [section('a.bench.ts', 'A', 1), section('b.bench.ts', 'B', 2), section('gone.bench.ts', 'G', 3)];
    const merged = mergeSections(earlier, [section('b.bench.ts', 'B renamed', 5)], ['a.bench.ts', 'b.bench.ts', 'c.bench.ts']);
    expect(merged.map((s) => [s.file, s.name, s.measures[0]!.value])).toEqual([
      ['a.bench.ts', 'A', 1],
      ['b.bench.ts', 'B renamed', 5],
    ]);
  });

  it('formats figures with their unit and refuses a README without the markers', () => {
    expect(formatValue({ value: 1234.5, unit: 'ms' })).toBe('1,235 ms');
    expect(formatValue({ value: 3.14159, unit: 'KB' })).toBe('3.14 KB');
    expect(formatValue({ value: 1000000, unit: 'count' })).toBe('1,000,000');
    expect(() => withTable('# no markers', 'x')).toThrow(/bench:start/);
  });
});
