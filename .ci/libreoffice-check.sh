#!/usr/bin/env bash
# Checks that LibreOffice opens a DOCX of the minutes and prints it as a secretary signs it.
#
#   .ci/libreoffice-check.sh MINUTES.docx EXPECTED.txt [TABLE-NAMES.txt [PAGES-DIR]]
#
# EXPECTED.txt holds one string per line (e.g. every member's name); each must appear in the
# PDF that LibreOffice makes, as must "ĐẢNG CỘNG SẢN VIỆT NAM" and "BIÊN BẢN". From the PDF:
# a page number on page 2 and none on page 1; no line ends inside a figure ("8/10 | (80,0%)",
# "HTXSNV | 2,", "năm | 2025"); no app warning, rule-set code or checksum in the text; and each
# name of TABLE-NAMES.txt on one line in the results table. With PAGES-DIR, the first pages
# are also written there as PNG images. Installs LibreOffice Writer, poppler-utils and
# fonts-liberation2 with apt-get when they are missing.
set -euo pipefail

usage="usage: $0 MINUTES.docx EXPECTED.txt [TABLE-NAMES.txt [PAGES-DIR]]"
docx=${1:?$usage}
expected=${2:?$usage}
table_names=${3:-}
pages_dir=${4:-}
[[ -f $docx ]] || { echo "no such file: $docx" >&2; exit 2; }
[[ -f $expected ]] || { echo "no such file: $expected" >&2; exit 2; }

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)

missing=()
command -v soffice >/dev/null || missing+=(writer)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || missing+=(fonts-liberation2)
if ((${#missing[@]})); then
    start=$(date +%s)
    "${sudo[@]}" apt-get update -qq
    packages=()
    for p in "${missing[@]}"; do
        if [[ $p == writer ]]; then
            # The headless build is smaller; older releases only have the full one.
            if apt-cache show libreoffice-writer-nogui >/dev/null 2>&1; then
                packages+=(libreoffice-writer-nogui)
            else
                packages+=(libreoffice-writer)
            fi
        else
            packages+=("$p")
        fi
    done
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${packages[@]}" >/dev/null
    echo "libreoffice-check: installed ${packages[*]} in $(($(date +%s) - start)) s"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$docx" "$work/minutes.docx"
start=$(date +%s)
# A private profile: a first run must not depend on (or write to) the user's.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    --outdir "$work" "$work/minutes.docx" >/dev/null 2>&1
[[ -s $work/minutes.pdf ]] || { echo "libreoffice-check: LibreOffice made no PDF" >&2; exit 1; }
echo "libreoffice-check: converted in $(($(date +%s) - start)) s"
pdftotext -enc UTF-8 "$work/minutes.pdf" "$work/minutes.txt"
# Table cells and wrapped lines break text across lines: compare with whitespace collapsed.
flat=$(tr -s '[:space:]' ' ' <"$work/minutes.txt")

failed=0
check() {
    if [[ $flat != *"$1"* ]]; then
        echo "libreoffice-check: missing from the PDF: $1" >&2
        failed=1
    fi
}
check "ĐẢNG CỘNG SẢN VIỆT NAM"
check "BIÊN BẢN"
while IFS= read -r line || [[ -n $line ]]; do
    [[ -n ${line// /} ]] && check "$line"
done <"$expected"

# Page numbers: top centre from page 2 (the first line of the page), none on page 1.
first_line() { pdftotext -enc UTF-8 -layout -f "$1" -l "$1" "$work/minutes.pdf" - | awk 'NF { $1 = $1; print; exit }'; }
if [[ $(first_line 2) != 2 ]]; then
    echo "libreoffice-check: page 2 does not start with its number (got: $(first_line 2))" >&2
    failed=1
fi
if [[ $(first_line 1) =~ ^[0-9]+$ ]]; then
    echo "libreoffice-check: page 1 carries a page number" >&2
    failed=1
fi

# No line ends inside a figure: "8/10" then "(80,0%)", a level's short name then its count,
# "năm" then the year.
pdftotext -enc UTF-8 -layout "$work/minutes.pdf" "$work/layout.txt"
broken=$(awk '
    { line = $0; sub(/^[ \f]+/, "", line) }
    # The page number at the top of a page: the text goes on under it.
    /^\f/ && line ~ /^[0-9]+$/ { next }
    prev ~ /[0-9]+\/[0-9]+$/ && line ~ /^\([0-9]/ { print prev " | " line }
    prev ~ /(HTXSNV|HTTNV|HTNV|KHTNV)$/ && line ~ /^[0-9]+([,.;)]|$)/ { print prev " | " line }
    prev ~ /(năm|tháng|ngày)$/ && line ~ /^[0-9]/ { print prev " | " line }
    { sub(/[ \t]+$/, "", $0); prev = $0 }
' "$work/layout.txt")
if [[ -n $broken ]]; then
    echo "libreoffice-check: lines break inside a figure:" >&2
    echo "$broken" >&2
    failed=1
fi

# The minutes say facts, never the app's warnings, rule-set codes or checksums.
for word in "CẢNH BÁO" "GHI CHÚ" "qd124" "qd366" "SHA-256"; do
    if [[ $flat == *"$word"* ]]; then
        echo "libreoffice-check: found in the PDF: $word" >&2
        failed=1
    fi
done

# Every name of the results table on one line of it.
if [[ -n $table_names ]]; then
    sed -n '/KẾT QUẢ XẾP LOẠI/,/CT: chính thức/p' "$work/layout.txt" >"$work/table.txt"
    [[ -s $work/table.txt ]] || { echo "libreoffice-check: no results table" >&2; failed=1; }
    while IFS= read -r name || [[ -n $name ]]; do
        [[ -z ${name// /} ]] && continue
        if ! tr -s ' ' <"$work/table.txt" | grep -qF -- "$name"; then
            echo "libreoffice-check: not on one line in the results table: $name" >&2
            failed=1
        fi
    done <"$table_names"
fi

if [[ -n $pages_dir ]]; then
    mkdir -p "$pages_dir"
    pdftoppm -png -r 60 "$work/minutes.pdf" "$pages_dir/page"
fi

if ((failed)); then
    exit 1
fi
echo "libreoffice-check: OK ($(wc -l <"$expected") expected strings found)"
