#!/usr/bin/python3
# Reads a workbook with openpyxl (an independent reader) and prints what it sees, one
# "key<TAB>value" line per fact; tests/xlsx/test_writer.cpp compares these with what it wrote.
#
#   /usr/bin/python3 tests/xlsx/openpyxl_read.py out.xlsx
#
# Keys: "sheets", "active", "<sheet>.<setting>", "<sheet>!<cell>" (value or formula text),
# "<sheet>!<cell>.<attribute>" (".link": a hyperlink's "target#location"), "name.<defined name>",
# "property.<name>", "custom.<name>",
# "styles.cellXfs". Values are repr() for floats, TRUE/FALSE for booleans, None for nothing;
# newlines and tabs inside text are escaped as \n and \t.
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl


def text(value):
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return repr(value)
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def emit(key, value):
    print(f"{key}\t{text(value)}")


def color(c):
    return c.rgb if c is not None and c.type == "rgb" else None


def defined_names(wb):
    try:                      # openpyxl >= 3.1: a dict of DefinedName
        return list(wb.defined_names.items())
    except AttributeError:    # openpyxl 3.0: a DefinedNameList
        return [(d.name, d) for d in wb.defined_names.definedName]


def sheet_facts(ws, cached):
    name = ws.title
    emit(f"{name}.state", ws.sheet_state)
    emit(f"{name}.freeze", ws.freeze_panes)
    emit(f"{name}.autofilter", ws.auto_filter.ref)
    emit(f"{name}.merged", " ".join(sorted(str(r) for r in ws.merged_cells.ranges)))
    emit(f"{name}.orientation", ws.page_setup.orientation)
    emit(f"{name}.fit_to_page", ws.sheet_properties.pageSetUpPr.fitToPage
         if ws.sheet_properties.pageSetUpPr is not None else None)
    # An absent attribute means the spec's default: fitToWidth/fitToHeight 1, operator "between".
    emit(f"{name}.fit_width", ws.page_setup.fitToWidth if ws.page_setup.fitToWidth is not None else 1)
    emit(f"{name}.fit_height", ws.page_setup.fitToHeight if ws.page_setup.fitToHeight is not None else 1)
    emit(f"{name}.print_title_rows", ws.print_title_rows)
    for part in ("oddHeader", "oddFooter"):
        hf = getattr(ws, part)
        emit(f"{name}.{part}", "|".join(p.text or "" for p in (hf.left, hf.center, hf.right)))
    emit(f"{name}.protected", ws.protection.sheet)
    emit(f"{name}.protect_format_columns", ws.protection.formatColumns)
    for letter, dim in sorted(ws.column_dimensions.items()):
        if dim.customWidth:
            emit(f"{name}.width.{letter}", dim.width)
    for dv in ws.data_validations.dataValidation:
        operator = dv.operator or ("between" if dv.type != "list" else None)
        emit(f"{name}.validation.{dv.sqref}",
             " ".join(text(v) for v in (dv.type, operator, dv.formula1, dv.formula2, dv.prompt, dv.error)))
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            font = color(rule.dxf.font.color) if rule.dxf and rule.dxf.font else None
            emit(f"{name}.conditional.{cf.sqref}", f"{rule.type} {';'.join(rule.formula)} font={font}")
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style:
                continue
            key = f"{name}!{c.coordinate}"
            emit(key, c.value)
            if c.data_type == "f":
                emit(f"{key}.cached", cached[c.coordinate].value)
            emit(f"{key}.format", c.number_format)
            emit(f"{key}.bold", c.font.b)
            emit(f"{key}.italic", c.font.i)
            emit(f"{key}.font_color", color(c.font.color))
            emit(f"{key}.indent", int(c.alignment.indent))
            emit(f"{key}.align", c.alignment.horizontal)
            emit(f"{key}.wrap", bool(c.alignment.wrap_text))
            emit(f"{key}.top", c.border.top.style)
            emit(f"{key}.fill", color(c.fill.fgColor) if c.fill.fill_type == "solid" else None)
            emit(f"{key}.locked", c.protection.locked)
            if c.hyperlink is not None:
                emit(f"{key}.link", f"{c.hyperlink.target}#{c.hyperlink.location}")


def package_facts(path):
    ns = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "cp": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
          "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}
    with zipfile.ZipFile(path) as z:
        styles = ET.fromstring(z.read("xl/styles.xml"))
        emit("styles.cellXfs", len(styles.find("s:cellXfs", ns)))
        if "docProps/custom.xml" in z.namelist():
            for prop in ET.fromstring(z.read("docProps/custom.xml")).findall("cp:property", ns):
                emit(f"custom.{prop.get('name')}", "".join(prop.itertext()))


def main(path):
    formulas = openpyxl.load_workbook(path)                  # formulas as written
    values = openpyxl.load_workbook(path, data_only=True)    # their cached results
    emit("sheets", "|".join(formulas.sheetnames))
    emit("active", formulas.active.title)
    for ws in formulas.worksheets:
        sheet_facts(ws, values[ws.title])
    for name, definition in defined_names(formulas):
        emit(f"name.{name}", definition.attr_text)
    props = formulas.properties
    for field in ("title", "subject", "creator", "description", "created"):
        emit(f"property.{field}", getattr(props, field))
    package_facts(path)


if __name__ == "__main__":
    main(sys.argv[1])
