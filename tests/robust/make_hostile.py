#!/usr/bin/python3
"""Copies a workbook with active content added, for tests/robust:

    make_hostile.py SRC DST macros        a VBA project (xl/vbaProject.bin) and its relationship
    make_hostile.py SRC DST links         a link to another workbook and a data connection

The cells are left as they are: ramkoll must read the values and only report what is there.
"""
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

ADDED = {
    "macros": {
        "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nShell \"calc\"\nEnd Sub\n",
    },
    "links": {
        "xl/externalLinks/externalLink1.xml":
            f'<externalLink xmlns="{MAIN}" xmlns:r="{REL}"><externalBook r:id="rId1"/></externalLink>'.encode(),
        "xl/externalLinks/_rels/externalLink1.xml.rels":
            (f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/externalLinkPath" '
             'Target="file:///C:/Budget/ramar-2024.xlsx" TargetMode="External"/></Relationships>').encode(),
        "xl/connections.xml":
            (f'<connections xmlns="{MAIN}"><connection id="1" name="Ekonomisystem" type="1" refreshOnLoad="1">'
             '<dbPr connection="DSN=ekonomi" command="SELECT * FROM budget"/></connection></connections>').encode(),
    },
}

REL_TYPES = {
    "xl/vbaProject.bin": ("http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
    "xl/externalLinks/externalLink1.xml": (f"{REL}/externalLink", "externalLinks/externalLink1.xml"),
    "xl/connections.xml": (f"{REL}/connections", "connections.xml"),
}


def main(src, dst, kind):
    added = ADDED[kind]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                rels = "".join(f'<Relationship Id="rIdHostile{i}" Type="{REL_TYPES[name][0]}" Target="{REL_TYPES[name][1]}"/>'
                               for i, name in enumerate(added) if name in REL_TYPES)
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            zout.writestr(item, data)
        for name, data in added.items():
            zout.writestr(name, data)


if __name__ == "__main__":
    main(*sys.argv[1:4])
