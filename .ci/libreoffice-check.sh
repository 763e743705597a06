#!/usr/bin/env bash
# Checks that LibreOffice opens a DOCX of the minutes and renders its Vietnamese text intact.
#
#   .ci/libreoffice-check.sh MINUTES.docx EXPECTED.txt
#
# EXPECTED.txt holds one string per line (e.g. every member's name); each must appear in the
# PDF that LibreOffice makes, as must "ĐẢNG CỘNG SẢN VIỆT NAM" and "BIÊN BẢN". Installs
# LibreOffice Writer, poppler-utils and fonts-liberation2 with apt-get when they are missing.
set -euo pipefail

docx=${1:?usage: $0 MINUTES.docx EXPECTED.txt}
expected=${2:?usage: $0 MINUTES.docx EXPECTED.txt}
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
if ((failed)); then
    exit 1
fi
echo "libreoffice-check: OK ($(wc -l <"$expected") expected strings found)"
