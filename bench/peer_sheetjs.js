// Peer reader for the benchmark: SheetJS (npm "xlsx") loads the whole workbook into dense
// row arrays (it has no streaming reader for xlsx), then every cell is visited: numbers are
// summed, strings counted. Formatted text and HTML are not generated (cellText, cellHTML off),
// the fastest way SheetJS offers to read values. Prints the same line as ramkoll_bench_read:
//   sum=<sum> numbers=<count> strings=<count>
//
//   node bench/peer_sheetjs.js FILE.xlsx
'use strict';
const XLSX = require('xlsx');

if (process.argv.length !== 3) {
  console.error('usage: peer_sheetjs.js FILE.xlsx');
  process.exit(2);
}
const workbook = XLSX.readFile(process.argv[2], { dense: true, cellText: false, cellHTML: false });
let sum = 0, numbers = 0, strings = 0;
for (const name of workbook.SheetNames) {
  for (const row of workbook.Sheets[name]) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell) continue;
      if (cell.t === 'n') { sum += cell.v; ++numbers; }
      else if (cell.t === 's') ++strings;
    }
  }
}
console.log(`sum=${sum.toFixed(6)} numbers=${numbers} strings=${strings}`);
