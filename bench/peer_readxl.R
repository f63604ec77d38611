# Peer reader for the benchmark: R's readxl (Debian r-cran-readxl) reads every worksheet
# into a data frame the usual way (first row as column names, column types guessed), then
# the numeric columns are summed and the text cells counted, the header names included so
# the counts match the other readers'. Prints the same line as ramkoll_bench_read:
#   sum=<sum> numbers=<count> strings=<count>
#
#   Rscript bench/peer_readxl.R FILE.xlsx
suppressPackageStartupMessages(library(readxl))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) {
  cat("usage: peer_readxl.R FILE.xlsx\n", file = stderr())
  quit(status = 2)
}
total <- 0
numbers <- 0
strings <- 0
for (sheet in excel_sheets(args[1])) {
  frame <- read_excel(args[1], sheet = sheet)
  strings <- strings + ncol(frame)
  for (column in frame) {
    if (is.numeric(column)) {
      total <- total + sum(column, na.rm = TRUE)
      numbers <- numbers + sum(!is.na(column))
    } else if (is.character(column)) {
      strings <- strings + sum(!is.na(column))
    }
  }
}
cat(sprintf("sum=%.6f numbers=%d strings=%d\n", total, numbers, strings))
