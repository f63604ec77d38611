#!/usr/bin/python3
# The floor of the job benchmark (bench/job.sh, issue #20): inflates every part of every
# workbook in a folder, one Python process, zlib through zipfile, and throws the bytes away.
# Prints the number of files and of inflated bytes.
#
#   /usr/bin/python3 bench/inflate_round.py bench/data/round/inlamnat-2900
import os
import sys
import zipfile


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: inflate_round.py FOLDER")
    files = inflated = 0
    for name in sorted(os.listdir(sys.argv[1])):
        if not name.endswith(".xlsx"):
            continue
        with zipfile.ZipFile(os.path.join(sys.argv[1], name)) as z:
            for info in z.infolist():
                inflated += len(z.read(info))
        files += 1
    print(f"files={files} inflated={inflated}")


if __name__ == "__main__":
    main()
