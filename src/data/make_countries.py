#!/usr/bin/env python3
"""Builds countries.tsv: for every ISO 3166-1 country (+ XK Kosovo) the names, adjectives and people-words that
CLDR (the JDK's Locale.getDisplayCountry) does NOT give, in English and Arabic, plus the Wikidata Q-id where
the editor is sure of it.

Standard library only. Inputs (see README.md, "countries.tsv"):
  src/cldr-countries.tsv          iso2, CLDR English name, CLDR Arabic name; dumped from the JDK 17 by
                                  tools/DumpCldrCountries.java (the names the tool already knows)
  src/world-countries-5.1.0.tgz   npm package world-countries (ODbL-1.0): English official names and
                                  alternative spellings, English demonyms, Arabic common/official names
  src/wamerican_2020.12.07-2_all.deb  Debian's English word list: an alternative spelling is kept only when
                                  every word of it is an English word or a word of the country's English name

Arabic adjectives are derived by the nisba pattern from the CLDR Arabic name and then fixed by hand
(AR_ADJ_FIX); every row was reviewed. Lists are ";"-separated.

Usage: python3 make_countries.py [SRC_DIR] [OUT_TSV]
"""
import json
import re
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "src"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "countries.tsv"

# ------------------------------------------------------------------ Wikidata Q-ids (editor's knowledge)
# Filled only where the editor is sure; territories whose item number was not certain are left empty.
QID = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AL": "Q222", "AM": "Q399", "AO": "Q916",
    "AQ": "Q51", "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227", "BA": "Q225", "BB": "Q244",
    "BD": "Q902", "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398", "BI": "Q967", "BJ": "Q962",
    "BN": "Q921", "BO": "Q750", "BR": "Q155", "BS": "Q778", "BT": "Q917", "BW": "Q963", "BY": "Q184",
    "BZ": "Q242", "CA": "Q16", "CD": "Q974", "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008",
    "CL": "Q298", "CM": "Q1009", "CN": "Q148", "CO": "Q739", "CR": "Q800", "CU": "Q241", "CV": "Q1011",
    "CY": "Q229", "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786",
    "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79", "EH": "Q6250", "ER": "Q986", "ES": "Q29",
    "ET": "Q115", "FI": "Q33", "FJ": "Q712", "FM": "Q702", "FR": "Q142", "GA": "Q1000", "GB": "Q145",
    "GD": "Q769", "GE": "Q230", "GH": "Q117", "GI": "Q1410", "GL": "Q223", "GM": "Q1005", "GN": "Q1006",
    "GQ": "Q983", "GR": "Q41", "GT": "Q774", "GW": "Q1007", "GY": "Q734", "HK": "Q8646", "HN": "Q783",
    "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801", "IN": "Q668",
    "IQ": "Q796", "IR": "Q794", "IS": "Q189", "IT": "Q38", "JM": "Q766", "JO": "Q810", "JP": "Q17",
    "KE": "Q114", "KG": "Q813", "KH": "Q424", "KI": "Q710", "KM": "Q970", "KN": "Q763", "KP": "Q423",
    "KR": "Q884", "KW": "Q817", "KZ": "Q232", "LA": "Q819", "LB": "Q822", "LC": "Q760", "LI": "Q347",
    "LK": "Q854", "LR": "Q1014", "LS": "Q1013", "LT": "Q37", "LU": "Q32", "LV": "Q211", "LY": "Q1016",
    "MA": "Q1028", "MC": "Q235", "MD": "Q217", "ME": "Q236", "MG": "Q1019", "MH": "Q709", "MK": "Q221",
    "ML": "Q912", "MM": "Q836", "MN": "Q711", "MO": "Q14773", "MR": "Q1025", "MT": "Q233", "MU": "Q1027",
    "MV": "Q826", "MW": "Q1020", "MX": "Q96", "MY": "Q833", "MZ": "Q1029", "NA": "Q1030", "NE": "Q1032",
    "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20", "NP": "Q837", "NR": "Q697", "NZ": "Q664",
    "OM": "Q842", "PA": "Q804", "PE": "Q419", "PG": "Q691", "PH": "Q928", "PK": "Q843", "PL": "Q36",
    "PR": "Q1183", "PS": "Q219060", "PT": "Q45", "PW": "Q695", "PY": "Q733", "QA": "Q846", "RO": "Q218",
    "RS": "Q403", "RU": "Q159", "RW": "Q1037", "SA": "Q851", "SB": "Q685", "SC": "Q1042", "SD": "Q1049",
    "SE": "Q34", "SG": "Q334", "SI": "Q215", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041",
    "SO": "Q1045", "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792", "SY": "Q858", "SZ": "Q1050",
    "TD": "Q657", "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874", "TN": "Q948",
    "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TW": "Q865", "TZ": "Q924", "UA": "Q212",
    "UG": "Q1036", "US": "Q30", "UY": "Q77", "UZ": "Q265", "VA": "Q237", "VC": "Q757", "VE": "Q717",
    "VN": "Q881", "VU": "Q686", "WS": "Q683", "XK": "Q1246", "YE": "Q805", "ZA": "Q258", "ZM": "Q953",
    "ZW": "Q954",
}

# ------------------------------------------------------------------ English: hand additions
EN_EXTRA_NAMES = {
    "US": "U.S.;US;USA;U.S.A.;America;United States of America",
    "GB": "UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland",
    "TR": "Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey",
    "CZ": "Czech Republic;Czechia",
    "CI": "Ivory Coast;Cote d'Ivoire;Côte d'Ivoire",
    "AE": "UAE;U.A.E.;Emirates;the Emirates",
    "SA": "KSA;Kingdom of Saudi Arabia",
    "PS": "Palestine;State of Palestine;Palestinian territories;Occupied Palestinian Territories",
    "KR": "Republic of Korea;ROK",
    "KP": "DPRK;Democratic People's Republic of Korea",
    "RU": "Russian Federation",
    "CN": "People's Republic of China;PRC;mainland China",
    "IR": "Islamic Republic of Iran",
    "VA": "Holy See;Vatican;Vatican City State",
    "MM": "Myanmar;Burma",
    "CD": "DR Congo;DRC;Democratic Republic of the Congo;Congo-Kinshasa",
    "CG": "Republic of the Congo;Congo-Brazzaville",
    "MK": "Macedonia",
    "SZ": "Swaziland",
    "CV": "Cabo Verde",
    "TL": "East Timor",
    "NL": "Holland;The Netherlands",
    "SY": "Syrian Arab Republic",
    "EG": "Arab Republic of Egypt",
    "BA": "Bosnia;Bosnia-Herzegovina;Bosnia and Herzegovina",
    "AG": "Antigua and Barbuda", "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
    "VC": "Saint Vincent and the Grenadines", "TT": "Trinidad and Tobago", "ST": "Sao Tome and Principe",
    "HK": "Hong Kong", "MO": "Macau;Macao", "BY": "Byelorussia",
    "GM": "The Gambia", "BS": "The Bahamas",
}
# adjective forms that demonym data lacks or gets wrong, per country (replace the derived list)
EN_ADJ_FIX = {
    "SA": "Saudi;Saudi Arabian", "IS": "Icelandic", "NZ": "New Zealand", "LU": "Luxembourgish",
    "LI": "Liechtenstein", "KG": "Kyrgyz", "TJ": "Tajik", "MV": "Maldivian", "CV": "Cape Verdean",
    "SI": "Slovenian;Slovene", "PH": "Filipino;Philippine", "GB": "British", "KZ": "Kazakh;Kazakhstani",
    "UZ": "Uzbek;Uzbekistani", "BA": "Bosnian;Herzegovinian", "AG": "Antiguan;Barbudan",
    "KN": "Kittitian;Nevisian", "LS": "Basotho", "BW": "Botswanan", "SR": "Surinamese", "EC": "Ecuadorian;Ecuadorean",
    "CZ": "Czech", "TT": "Trinidadian;Tobagonian", "PM": "", "AZ": "Azerbaijani;Azeri", "LA": "Lao;Laotian",
    "AR": "Argentine;Argentinian", "GI": "Gibraltarian", "GL": "Greenlandic", "AQ": "Antarctic",
}
# people (plural nouns) that adding "s" to the adjective would get wrong; "" = no plural noun in use
EN_PEOPLE_FIX = {
    "GB": "Britons;the British", "TR": "Turks", "SE": "Swedes", "DK": "Danes", "FI": "Finns", "PL": "Poles",
    "ES": "Spaniards", "NL": "the Dutch;Dutchmen", "IE": "the Irish;Irishmen", "FR": "the French;Frenchmen",
    "CH": "the Swiss", "CN": "the Chinese", "JP": "the Japanese", "VN": "the Vietnamese", "LB": "the Lebanese",
    "SD": "the Sudanese", "SS": "the South Sudanese", "PT": "the Portuguese", "IS": "Icelanders",
    "NZ": "New Zealanders", "LU": "Luxembourgers", "LI": "Liechtensteiners", "LS": "Basotho", "BW": "Batswana",
    "KI": "I-Kiribati", "VU": "Ni-Vanuatu", "MG": "Malagasy", "SA": "Saudis;Saudi Arabians",
    "KZ": "Kazakhs;Kazakhstanis", "UZ": "Uzbeks;Uzbekistanis", "KG": "Kyrgyz", "TJ": "Tajiks",
    "AZ": "Azerbaijanis", "PH": "Filipinos", "TH": "Thais", "LA": "Laotians", "SI": "Slovenians;Slovenes",
    "AR": "Argentines;Argentinians", "GI": "Gibraltarians", "GL": "Greenlanders", "AQ": "", "IM": "", "SC": "",
    "VA": "",
}

# ------------------------------------------------------------------ Arabic: hand additions
AR_EXTRA_NAMES = {
    "US": "أمريكا;أميركا;الولايات المتحدة الأمريكية;الولايات المتحدة الأميركية",
    "GB": "بريطانيا;بريطانيا العظمى",
    "HU": "المجر",
    "CZ": "جمهورية التشيك;تشيكيا;التشيك",
    # news writes some names with the article: "النرويج والبيرو"
    "PE": "البيرو",
    "AE": "الإمارات;دولة الإمارات;دولة الإمارات العربية المتحدة",
    "SA": "السعودية;المملكة العربية السعودية",
    "PS": "فلسطين;دولة فلسطين;الأراضي الفلسطينية المحتلة",
    "EG": "جمهورية مصر العربية",
    "SY": "سورية;الجمهورية العربية السورية",
    "IQ": "جمهورية العراق",
    "JO": "المملكة الأردنية الهاشمية",
    "LB": "الجمهورية اللبنانية",
    "KW": "دولة الكويت",
    "QA": "دولة قطر",
    "OM": "سلطنة عمان",
    "BH": "مملكة البحرين",
    "YE": "الجمهورية اليمنية",
    "LY": "دولة ليبيا",
    "TN": "الجمهورية التونسية",
    "DZ": "الجمهورية الجزائرية",
    "MA": "المملكة المغربية",
    "SD": "جمهورية السودان",
    "IR": "الجمهورية الإسلامية الإيرانية;جمهورية إيران الإسلامية",
    "IL": "دولة إسرائيل",
    "RU": "روسيا الاتحادية;الاتحاد الروسي",
    "CN": "جمهورية الصين الشعبية",
    "KR": "جمهورية كوريا",
    "KP": "جمهورية كوريا الديمقراطية الشعبية",
    "DE": "جمهورية ألمانيا الاتحادية",
    "FR": "الجمهورية الفرنسية",
    "ID": "أندونيسيا",
    "ES": "أسبانيا",
    "VA": "الكرسي الرسولي;حاضرة الفاتيكان;دولة الفاتيكان;مدينة الفاتيكان",
    "DK": "الدنمارك",
    "CI": "كوت ديفوار",
    "CD": "جمهورية الكونغو الديمقراطية;الكونغو الديمقراطية",
    "CG": "جمهورية الكونغو;الكونغو برازافيل",
    "MM": "ميانمار;بورما",
    "CV": "كابو فيردي",
    "TL": "تيمور الشرقية",
    "MK": "مقدونيا;شمال مقدونيا",
    "SZ": "سوازيلاند",
    "BY": "بيلاروسيا;روسيا البيضاء",
    "MD": "مولدافيا",
    "ME": "مونتينيغرو",
    "BA": "البوسنة",
    "MV": "المالديف",
    "BS": "البهاما",
    "NZ": "نيوزيلاندا",
    "TR": "تركيا;الجمهورية التركية",
    "UZ": "أوزباكستان",
    "HK": "هونغ كونغ;هونج كونج",
    "MO": "ماكاو",
    "DO": "الدومينيكان",
}
# world-countries names that name another country too; never copied
AR_NAME_DROP = {"CD": {"الكونغو"}, "VG": {"جزر العذراء"}, "VI": {"جزر العذراء"}}
EN_NAME_DROP = {"VG": {"Virgin Islands"}, "GF": {"Guiana"}}
# world-countries Arabic names that are misspelt; never copied
AR_WC_TYPOS = {"جمهورية أففانستان الإسلامية", "المسكيك", "صيربيا", "جمهورية صيربيا", "الإتحاد القمري",
               "الولايات المتحدة المكسيكية"}

# Arabic adjectives (masculine, without article) where the nisba rule gives a wrong or incomplete result;
# several forms allowed. Every other row's derived form was read and kept.
AR_ADJ_FIX = {
    "US": "أمريكي;أميركي", "GB": "بريطاني", "AE": "إماراتي", "SA": "سعودي", "KR": "كوري جنوبي",
    "KP": "كوري شمالي", "ZA": "جنوب أفريقي", "NZ": "نيوزيلندي", "AT": "نمساوي", "DK": "دنماركي",
    "PE": "بيروفي", "TG": "توغولي", "HU": "هنغاري;مجري", "PS": "فلسطيني", "CI": "إيفواري",
    "CD": "كونغولي", "CG": "كونغولي", "SS": "جنوب سوداني", "KM": "قمري", "AF": "أفغاني",
    "AZ": "أذربيجاني;أذري", "KZ": "كازاخستاني;كازاخي", "UZ": "أوزبكي;أوزبكستاني", "TJ": "طاجيكي;طاجيكستاني",
    "TM": "تركماني;تركمانستاني", "KG": "قيرغيزي;قيرغيزستاني", "MK": "مقدوني", "BA": "بوسني",
    "ME": "مونتينيغري", "CZ": "تشيكي", "EH": "صحراوي", "TL": "تيموري", "GQ": "غيني استوائي",
    "CF": "أفريقي أوسطي", "DO": "دومينيكاني", "LK": "سريلانكي", "VA": "فاتيكاني", "PH": "فلبيني",
    "BH": "بحريني", "OM": "عماني", "MV": "مالديفي", "BS": "باهامي", "BD": "بنغلاديشي;بنغالي",
    "IN": "هندي", "CV": "رأس أخضري", "PG": "بابواني", "MM": "ميانماري;بورمي", "BY": "بيلاروسي",
    "MD": "مولدوفي", "NL": "هولندي", "CH": "سويسري", "FR": "فرنسي", "MX": "مكسيكي", "YE": "يمني",
    "TN": "تونسي", "MA": "مغربي", "IL": "إسرائيلي", "TR": "تركي", "RU": "روسي", "DE": "ألماني",
    "GR": "يوناني", "CY": "قبرصي", "LB": "لبناني", "JO": "أردني", "EG": "مصري", "IQ": "عراقي",
    "SY": "سوري", "KW": "كويتي", "QA": "قطري", "LY": "ليبي", "DZ": "جزائري", "SD": "سوداني",
    "MR": "موريتاني", "SO": "صومالي", "DJ": "جيبوتي", "ES": "إسباني", "IT": "إيطالي", "PL": "بولندي",
    "UA": "أوكراني", "IR": "إيراني", "PK": "باكستاني", "CN": "صيني", "JP": "ياباني", "CA": "كندي",
    "BR": "برازيلي", "MY": "ماليزي", "ID": "إندونيسي", "XK": "كوسوفي", "SG": "سنغافوري", "LU": "لوكسمبورغي",
    "MC": "موناكي", "SM": "سانماريني", "UY": "أوروغوايي", "PY": "باراغوايي", "BN": "بروناوي", "PW": "بالاوي",
    "CW": "", "LS": "",
    # forms that are common Arabic words in another sense are left out on purpose (false matches in news):
    # مالي/المالية "financial" (Mali), قمري "lunar" (Comoros), صحراوي "desert" (Western Sahara),
    # عاجي "ivory" (Côte d'Ivoire: only إيفواري is kept)
    "ML": "", "KM": "", "EH": "", "IS": "آيسلندي", "IE": "أيرلندي", "AU": "أسترالي", "TH": "تايلاندي",
}
# plurals that are not the sound plural -يون/-يين (broken plurals used in news), masculine, without article
AR_PEOPLE_FIX = {
    "RU": "روس", "DE": "ألمان", "TR": "أتراك", "ES": "إسبان", "AF": "أفغان", "IN": "هنود",
    "KR": "كوريون جنوبيون;كوريين جنوبيين", "KP": "كوريون شماليون;كوريين شماليين",
    "ZA": "جنوب أفريقيين", "SS": "جنوب سودانيين", "CF": "", "GQ": "", "VA": "",
}
# Arabic adjectives are derived only for these codes when the name has several words; others are left empty
# (overseas territories and small islands, rarely the subject of an adjective in news)


def nisba(name):
    """Arabic relative adjective (masculine, no article) from a one-word country name."""
    n = re.sub("[\u064b-\u0652]", "", name.strip())
    if n.startswith("ال"):
        n = n[2:]
    if " " in n:
        return None
    if n.endswith("يا") and len(n) > 3:
        n = n[:-2]
    elif n.endswith("ا") or n.endswith("ة"):
        n = n[:-1]
    elif n.endswith("و"):
        n = n[:-1]
    elif n.endswith("اي"):
        return n + "ي"                 # باراغواي -> باراغوايي
    elif n.endswith("ي"):
        return n                       # تشيلي، جيبوتي: the name is already the adjective
    return n + "ي"


def ar_adjective_forms(masc_list):
    """All forms news use: masculine/feminine, with and without the article (multi-word adjectives take the
    article on every word: الكوري الجنوبي)."""
    out = []
    for masc in masc_list:
        words = masc.split()
        fem = [w + "ة" for w in words]
        for form in (words, fem):
            out.append(" ".join(form))
            out.append(" ".join("ال" + w for w in form))
    return dedupe(out)


def ar_key(name):
    """A name as the rules compare it: no diacritics, one alef, ة as ه, ى as ي."""
    name = re.sub("[\u064B-\u0652\u0640]", "", name or "")
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
        name = name.replace(a, b)
    return name


def ar_accusative_forms(masc_list, names):
    """The singular after a number from 11 to 99 ("41 أردنيًا" → أردنيا once diacritics go): the
    masculine adjective with the alef of tanween. Left out where that is also a country's name
    (سوري+ا is سوريا, Syria): a count must never be read from a place name."""
    out = []
    for masc in masc_list:
        if " " in masc or not masc.endswith("ي"):
            continue
        form = masc + "ا"
        if ar_key(form) not in names:
            out.append(form)
    return out


def ar_people_forms(iso, masc_list, names=()):
    return dedupe(ar_people_plural_forms(iso, masc_list) + ar_accusative_forms(masc_list, set(names)))


def ar_people_plural_forms(iso, masc_list):
    fix = AR_PEOPLE_FIX.get(iso)
    if fix is not None:
        base = split(fix)
        out = []
        for b in base:
            out.append(b)
            out.append(" ".join("ال" + w for w in b.split()))
        # the sound plural is also used for most nisba adjectives (الروسيون is rare but not for all); keep
        # only the broken plural for the listed countries
        return dedupe(out)
    out = []
    for masc in masc_list:
        if " " in masc:
            continue
        for suffix in ("ون", "ين"):
            out.append(masc + suffix)
            out.append("ال" + masc + suffix)
    return dedupe(out)


def split(value):
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def dedupe(items):
    seen, out = set(), []
    for i in items:
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return out


def en_people(adjectives):
    out = []
    for a in adjectives:
        if a.endswith(("ese", "sh", "ch", "ss", "ois", "x")) or a in ("Swiss",):
            continue
        out.append(a + "s")
    return out


def main():
    cldr = {}
    for line in (SRC / "cldr-countries.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        iso, en, ar = line.split("\t")
        cldr[iso] = (en, ar)
    sys.path.insert(0, str(HERE))
    from make_gazetteer import deb_member
    english = {w.lower() for w in deb_member(SRC / "wamerican_2020.12.07-2_all.deb",
                                               "usr/share/dict/american-english").decode().split("\n") if w}
    with tarfile.open(SRC / "world-countries-5.1.0.tgz") as tar:
        wc = {c["cca2"]: c for c in json.loads(tar.extractfile("package/countries.json").read())}

    # a demonym used by several codes stays with the sovereign states among them ("American" not for UM/MP,
    # "Indian" not for IO, "French" not for TF); "Congolese" and "Dominican" stay with both states
    users = {}
    for iso, c in wc.items():
        for d in demonyms(c):
            users.setdefault(d, []).append(iso)
    def keeps(iso, d):
        states = [u for u in users[d] if wc[u].get("independent")]
        return iso in states if states else True
    rows = []
    mascs = []
    all_ar_names = set()
    for iso in sorted(cldr):
        en, ar = cldr[iso]
        c = wc.get(iso, {})
        # English names
        names = split(EN_EXTRA_NAMES.get(iso))
        for n in (c.get("name", {}).get("common"), c.get("name", {}).get("official")):
            names.append(n)
        own_words = {w.lower() for n in (en, c.get("name", {}).get("common", "")) for w in re.findall(r"[\w']+", n)}
        def english_words(n):
            return all(w.lower() in english or w.lower() in own_words for w in re.findall(r"[\w']+", n))
        if not english_words(c.get("name", {}).get("official", "")):
            names.remove(c["name"]["official"])       # e.g. "Svalbard og Jan Mayen"
        for n in c.get("altSpellings", []):
            if re.fullmatch(r"[A-Z][A-Za-z.'\- ]{3,}", n) and " " in n and "," not in n and english_words(n):
                names.append(n)
        names = [re.sub(r"\s*\(.*\)", "", n) for n in names if n]
        names = [n for n in dedupe(names) if n != en and n not in EN_NAME_DROP.get(iso, ())]
        # English adjectives and people
        if iso in EN_ADJ_FIX:
            adjs = split(EN_ADJ_FIX[iso])
        else:
            adjs = [d for d in demonyms(c) if keeps(iso, d)]
        people = split(EN_PEOPLE_FIX[iso]) if iso in EN_PEOPLE_FIX else en_people(adjs)
        # Arabic names
        ar_names = split(AR_EXTRA_NAMES.get(iso))
        tr = c.get("translations", {}).get("ara", {})
        for n in (tr.get("common"), tr.get("official")):
            if n and n not in AR_WC_TYPOS:
                ar_names.append(n)
        ar_names = [n for n in dedupe(ar_names) if n != ar and n not in AR_NAME_DROP.get(iso, ())]
        # Arabic adjectives
        if iso in AR_ADJ_FIX:
            masc = split(AR_ADJ_FIX[iso])
        else:
            derived = nisba(ar)
            masc = [derived] if derived else []
        all_ar_names.update([ar] + ar_names)
        mascs.append(masc)
        rows.append([iso, QID.get(iso, ""), ";".join(names), ";".join(adjs), ";".join(people),
                     ";".join(ar_names), ";".join(ar_adjective_forms(masc)), None])
    # the people's forms last: an accusative singular must not be any country's name
    for r, masc in zip(rows, mascs):
        r[7] = ";".join(ar_people_forms(r[0], masc, {ar_key(n) for n in all_ar_names}))

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(["iso2", "qid", "en_extra_names", "en_adjectives", "en_people", "ar_extra_names",
                           "ar_adjectives", "ar_people"]) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{OUT}: {len(rows)} rows, {sum(1 for r in rows if not r[1])} without qid, "
          f"{sum(1 for r in rows if not r[6])} without Arabic adjectives", file=sys.stderr)


def demonyms(c):
    d = c.get("demonyms", {}).get("eng", {})
    out = []
    for v in (d.get("m"), d.get("f")):
        for part in re.split(r",\s*| or ", v or ""):
            if part.strip():
                out.append(part.strip())
    return dedupe(out)


if __name__ == "__main__":
    main()
