#!/usr/bin/python3
"""Prints an .xlsx workbook as JSON, as a reader of the file sees it, for the corpus.xlsx tests.

{"sheets": ["reports", ...], "<sheet>": [[{"v": value, "fill": "FFC7CE", "note": "..."}, ...], ...]}

A cell is {"v": value} at least: a number stays a number, a blank cell is null; "fill" is the
RGB of a solid fill and "note" the text of a comment, when the cell has them. Reads with
openpyxl (Debian python3-openpyxl), not with the library that wrote the file.
"""
import json
import sys

import openpyxl


def cell_json(cell):
    out = {"v": cell.value}
    fill = cell.fill
    if fill is not None and fill.fill_type == "solid" and fill.fgColor.rgb not in (None, "00000000"):
        out["fill"] = str(fill.fgColor.rgb)[-6:]
    if cell.comment is not None:
        out["note"] = cell.comment.text
    return out


def main(path):
    workbook = openpyxl.load_workbook(path)
    dump = {"sheets": workbook.sheetnames}
    for sheet in workbook.worksheets:
        dump[sheet.title] = [[cell_json(cell) for cell in row] for row in sheet.iter_rows()]
    json.dump(dump, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
