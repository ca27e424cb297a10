#!/bin/sh
# An exercise written with `protocolwijzer author new` (the editor's core) and
# exported is added to a copy of content/ as it is: `protocolwijzer validate`
# accepts it, quotes included, and counts it among the exercises.
# Usage: exported_draft_validates.sh CLI CONTENT_DIR SOURCES_DIR WORK_DIR
set -eu
cli=$1 content=$2 sources=$3 work=$4
rm -rf "$work"
mkdir -p "$work"
cp -r "$content" "$work/content"
"$cli" author new kb-maatregel ind-contactpersoon \
  --id kb-ind-eigen --step verblijfsinformatie --step verzoek-aanwezig-advies \
  --title "Verblijfsinformatie voor de RvdK" \
  --summary "Je bent contactpersoon Belang van het Kind bij de IND." \
  --person "Familie Karimi (fictief)=ouders met Sami (9) en Lina (5)" \
  --situation "De RvdK vraagt om informatie over een gezin. Aan wie stuur je wat, en hoe?" \
  --content "$content" -o "$work/content/scenarios/kb-ind-eigen.json"
# The manifest names every file; the new exercise goes last.
sed 's|"scenarios/kb-ind-contactpersoon.json",|"scenarios/kb-ind-contactpersoon.json", "scenarios/kb-ind-eigen.json",|' \
  "$content/manifest.json" >"$work/content/manifest.json"
"$cli" validate --content "$work/content" --sources "$sources"
