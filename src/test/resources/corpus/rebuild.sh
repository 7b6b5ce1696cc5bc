#!/usr/bin/env bash
# Rebuilds texts/ (never committed: other people's words) from SOURCES.tsv.
#
# The texts were saved from a store of public web pages (searched with the `query` column; the row's
# url picks the result): each file is a header (url:, source:, published:, lang: lines), a blank
# line, and the page's text from its beginning as that store gave it (about 2,000 characters).
# Anyone with the same pages rebuilds it the same way; with only the live web, this script saves
# each page as texts/<id>.html — Tadqiq reads HTML itself, and the gold quotes are matched as text,
# so the evaluation runs on those too (a page that changed since may lose some quotes: `eval` lists
# every quote it cannot find).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p texts
tail -n +2 SOURCES.tsv | while IFS=$'\t' read -r file url outlet published language event kind query; do
  id=$(basename "$file" .txt)
  [ -e "texts/$id.txt" ] || [ -e "texts/$id.html" ] && continue
  if curl -fsSL --max-time 30 -A "Mozilla/5.0 (tadqiq corpus rebuild)" "$url" -o "texts/$id.html"; then
    echo "saved texts/$id.html"
  else
    echo "could not fetch $url for $id" >&2
  fi
done
