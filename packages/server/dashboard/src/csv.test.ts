import { describe, expect, it } from 'vitest';
import { csvFileName, statsCsv } from './csv.js';

describe('statsCsv', () => {
  it('writes the CLI columns, one row per period, zeros for omitted actions', () => {
    const csv = statsCsv({
      series: [
        {
          period: '2026-12-01',
          decisions: 7,
          impressions: 2,
          actions: { accept_all: 3, reject_all: 1, custom: 1, withdraw: 1, expire: 1 },
          gpc: 1,
        },
        { period: '2026-12-02', decisions: 0, impressions: 0, actions: {}, gpc: 0 },
      ],
    });
    expect(csv).toBe(
      'period,decisions,impressions,accept_all,reject_all,custom,withdraw,reprompt,expire,gpc\r\n' +
        '2026-12-01,7,2,3,1,1,1,0,1,1\r\n' +
        '2026-12-02,0,0,0,0,0,0,0,0,0\r\n',
    );
  });
  it('names the file after site, range and period', () => {
    expect(csvFileName({ site: 'http://localhost:8080', from: '2026-12-01', to: '2026-12-07', by: 'week' })).toBe(
      'cookiegate-stats-localhost_8080-2026-12-01-2026-12-07-week.csv',
    );
  });
});
