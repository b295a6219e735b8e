import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validator } from '../html-validator';
import { DIST, htmlFiles } from './built';

describe('HTML validity of every built page', () => {
  it.each(htmlFiles())('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
