#!/usr/bin/env bash
# Checks the committee's roll-up in LibreOffice: the XLSX and the DOCX open (converted to PDF);
# the DOCX names every cell and the committee; the XLSX's totals and cap are formulas that
# LibreOffice recomputes to the figures of the CSV format.
#
#   .ci/rollup-check.sh CHIBO CELLS-DIR
#
# The workbook carries each formula's value as chibo computed it (viewers that do not
# recompute show the right figures). To prove that LibreOffice recomputes, those cached values
# are replaced with -999 and LibreOffice (told to recalculate on load) converts every sheet to
# CSV; the totals rows must then equal the sums of the CSV format's rows (a row per cell
# counted: a duplicate is on the check list only), and the cap the sums of the cells under the
# committee (a grassroots cell keeps its own). The report names no file. Installs LibreOffice
# Calc and Writer, poppler-utils and python3 with apt-get when missing.
set -euo pipefail

usage="usage: $0 CHIBO CELLS-DIR"
chibo=${1:?$usage}
cells=${2:?$usage}

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
missing=()
[[ -e /usr/lib/libreoffice/program/libsclo.so ]] || missing+=(libreoffice-calc-nogui)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v python3 >/dev/null || missing+=(python3)
command -v zip >/dev/null || missing+=(zip)
command -v unzip >/dev/null || missing+=(unzip)
if ((${#missing[@]})); then
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
    echo "rollup-check: installed ${missing[*]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Exit 1: the sample folder has problems on purpose (a duplicate, a broken file).
summary() { "$chibo" summary "$cells" "$@" 2>>"$work/stderr.txt" >/dev/null || [[ $? -eq 1 ]]; }
summary --format csv -o "$work/cells.csv"
summary --format xlsx -o "$work/tong-hop.xlsx"
summary --format docx -o "$work/tong-hop.docx"

# A private profile that recalculates every formula of an XLSX on load (LibreOffice's default
# is to trust the cached values).
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }

start=$(date +%s)
for f in tong-hop.docx tong-hop.xlsx; do
    office --convert-to pdf --outdir "$work" "$work/$f"
    [[ -s $work/tong-hop.pdf ]] || { echo "rollup-check: LibreOffice made no PDF of $f" >&2; exit 1; }
    mv "$work/tong-hop.pdf" "$work/$f.pdf"
done
pdftotext -enc UTF-8 "$work/tong-hop.docx.pdf" "$work/report.txt"

# The cached values poisoned, then every sheet to CSV.
mkdir "$work/x"
unzip -q "$work/tong-hop.xlsx" -d "$work/x"
sed -E -i 's#(</f>)<v>[^<]*</v>#\1<v>-999</v>#g' "$work"/x/xl/worksheets/sheet*.xml
(cd "$work/x" && zip -q -X -nw -r ../poisoned.xlsx '[Content_Types].xml' _rels docProps xl)
mkdir "$work/sheets"
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/sheets" "$work/poisoned.xlsx"
echo "rollup-check: LibreOffice converted in $(($(date +%s) - start)) s"

python3 - "$work" <<'EOF'
import csv, glob, os, sys
work = sys.argv[1]
rows = list(csv.DictReader(open(f"{work}/cells.csv", encoding="utf-8")))
cols = ["members", "reviewed", "rated", "excellent", "good", "complete", "not_complete", "not_rated"]
report = " ".join(open(f"{work}/report.txt", encoding="utf-8").read().split())
failed = []
for r in rows:
    if r["cell"] not in report:
        failed.append(f"the report does not name {r['cell']}")
groups = {}
for r in rows:
    groups.setdefault((r["committee"], r["year"]), []).append(r)
seen = 0
for path in sorted(glob.glob(f"{work}/sheets/poisoned-*.csv")):
    sheet = list(csv.reader(open(path, encoding="utf-8")))
    files = [r[12] for r in sheet[4:] if len(r) > 12 and r[0].isdigit()]
    if not files:
        continue  # the not-rated and problems sheets
    seen += 1
    group = [g for g in groups.values() if sorted(r["file"] for r in g) == sorted(files)]
    if len(group) != 1:
        failed.append(f"{os.path.basename(path)}: its cells are no committee-year of the CSV")
        continue
    want = [sum(int(r[c]) for r in group[0]) for c in cols]
    total = next(r for r in sheet if len(r) > 1 and r[1].startswith(("Cộng", "Total")))
    got = [int(float(v)) for v in total[3:11]]
    if got != want:
        failed.append(f"{os.path.basename(path)}: totals {got}, the CSV's {want}")
    label = lambda s: next(r for r in sheet if len(r) > 4 and r[1] == s)
    # The committee's cap counts its cells under it; a grassroots cell has its own.
    under = [r for r in group[0] if r["kind"] == "under_committee"]
    if not under:
        continue
    good = sum(int(r["good"]) for r in under)
    excellent = sum(int(r["excellent"]) for r in under)
    limit = good * 20 // 100
    for name, value in [("Số HTTNV", good), ("Số HTXSNV", excellent),
                        ("HTXSNV tối đa", limit), ("Còn được thêm (âm: vượt)", limit - excellent)]:
        if int(float(label(name)[3])) != value:
            failed.append(f"{os.path.basename(path)}: {name} {label(name)[3]}, expected {value}")
    # The cells' own levels: the cap over the cells, in the next column.
    cells_good = sum(r["cell_proposed"] == "HTTNV" for r in under)
    cells_excellent = sum(r["cell_proposed"] == "HTXSNV" for r in under)
    cells_limit = cells_good * 20 // 100
    for name, value in [("Số HTTNV", cells_good), ("Số HTXSNV", cells_excellent),
                        ("HTXSNV tối đa", cells_limit),
                        ("Còn được thêm (âm: vượt)", cells_limit - cells_excellent)]:
        if int(float(label(name)[4])) != value:
            failed.append(f"{os.path.basename(path)}: cells' {name} {label(name)[4]}, expected {value}")
    print(f"rollup-check: {os.path.basename(path)[9:-4]}: totals {got}, cap {limit} "
          f"(cells {cells_limit}), recomputed")
if seen != len(groups):
    failed.append(f"{seen} committee sheets for {len(groups)} committee-years")
if "ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH" not in report:
    failed.append("the report has no ĐẢNG ỦY header")
for banned in [".ron", "copy/", "2025-hong"]:
    if banned in report:
        failed.append(f"the report names a file ({banned!r})")
for need in ["-BC/ĐU", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nơi nhận"]:
    if need not in report:
        failed.append(f"the report has no {need!r}")
for f in failed:
    print("rollup-check:", f, file=sys.stderr)
sys.exit(1 if failed else 0)
EOF
echo "rollup-check: OK"
