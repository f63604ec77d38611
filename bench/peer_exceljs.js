// Peer reader for the benchmark: exceljs's streaming WorkbookReader (shared strings cached,
// styles and hyperlinks ignored) emits every worksheet row by row; numbers are summed and
// strings (plain or rich text) counted. Prints the same line as ramkoll_bench_read:
//   sum=<sum> numbers=<count> strings=<count>
//
//   node bench/peer_exceljs.js FILE.xlsx
'use strict';
const ExcelJS = require('exceljs');

async function main(path) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit',
  });
  let sum = 0, numbers = 0, strings = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      for (const value of row.values) {   // sparse and 1-based: holes come out undefined
        if (typeof value === 'number') { sum += value; ++numbers; }
        else if (typeof value === 'string' || (value && value.richText)) ++strings;
      }
    }
  }
  console.log(`sum=${sum.toFixed(6)} numbers=${numbers} strings=${strings}`);
}

if (process.argv.length !== 3) {
  console.error('usage: peer_exceljs.js FILE.xlsx');
  process.exit(2);
}
main(process.argv[2]).catch((e) => { console.error(e); process.exit(1); });
