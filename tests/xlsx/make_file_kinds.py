# Writes the files that are no xlsx but may be named so, into the folder given as the first
# argument: an OpenDocument spreadsheet (sheet.ods, and the same bytes as sheet-ods.xlsx), an
# OpenDocument text (text.odt), and a binary Excel workbook (book.xlsb, and as book-xlsb.xlsx).
# Made with Python's zipfile as LibreOffice and Excel lay them out (/usr/bin/python3).
import os
import shutil
import sys
import zipfile

out = sys.argv[1]


def opendocument(path, media_type):
    with zipfile.ZipFile(path, "w") as z:
        # OpenDocument: the media type is the first entry, stored, without a newline.
        z.writestr(zipfile.ZipInfo("mimetype"), media_type, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>',
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest/>',
                   compress_type=zipfile.ZIP_DEFLATED)


opendocument(os.path.join(out, "sheet.ods"), "application/vnd.oasis.opendocument.spreadsheet")
shutil.copy(os.path.join(out, "sheet.ods"), os.path.join(out, "sheet-ods.xlsx"))
opendocument(os.path.join(out, "text.odt"), "application/vnd.oasis.opendocument.text")

with zipfile.ZipFile(os.path.join(out, "book.xlsb"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml",
               '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
               'content-types"><Override PartName="/xl/workbook.bin" ContentType="application/'
               'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>')
    z.writestr("_rels/.rels",
               '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
               '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>')
    z.writestr("xl/workbook.bin", b"\x83\x01\x00\x80\x01\x00")
shutil.copy(os.path.join(out, "book.xlsb"), os.path.join(out, "book-xlsb.xlsx"))
