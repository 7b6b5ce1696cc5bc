#!/usr/bin/env python3
"""Writes office-holders.yaml and people.tsv from the confirmed rows below.

Every row was confirmed on the page named in `source` (seen through the project's search tool; see
notes/search-log.md for what each page said). A row whose start date could not be confirmed is left out
(README.md lists them). Where only a re-appointment date was confirmed for someone already in office,
`from` is that confirmed date and a YAML comment says so ("earlier: ...").
Standard library only: python3 make_office_holders.py
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVIDENCE_DATE = "2026-02-05"   # newest dated page seen (gov.pl news of the Polish prime minister, "05.02.2026")

# For rows with to: null, the date of the newest page that showed the person in office, where later than the
# row's start (default: the start date itself).
LATER_EVIDENCE = {
    ("Q22686", "US"): "2026-01-13", ("jd-vance", "US"): "2026-01-13", ("marco-rubio", "US"): "2025-12-10",
    ("keir-starmer", "GB"): "2025-11-21", ("john-healey", "GB"): "2025-09-05",
    ("boris-pistorius", "DE"): "2025-05-06", ("sergey-lavrov", "RU"): "2025-12-10",
    ("mostafa-madbouly", "EG"): "2025-10-02", ("Q43723", "IL"): "2026-01-04", ("Q43274", "GB"): "2025-05-13",
    ("Q43274", "CA"): "2025-05-13", ("anwar-ibrahim", "MY"): "2025-10-26", ("mishal-al-ahmad-al-jaber-al-sabah", "KW"): "2024-04-21",
    ("ahmed-al-sharaa", "SY"): "2025-11-10", ("sebastien-lecornu", "FR"): "2025-10-12",
    # later evidence for rows of the first pass, seen on the late-2025 pages of the second (log 78-82)
    ("Q39259", "TR"): "2025-11-21", ("Q37181", "BR"): "2025-11-21", ("li-qiang", "CN"): "2025-11-21",
    ("giorgia-meloni", "IT"): "2025-11-22", ("sanae-takaichi", "JP"): "2025-11-22",
    ("abdullah-ii-of-jordan", "JO"): "2025-10-13", ("anita-anand", "CA"): "2025-11-23",
    ("badr-abdelatty", "EG"): "2025-10-12",
    ("Q3052772", "FR"): "2025-11-21", ("jean-noel-barrot", "FR"): "2025-10-12",
    ("masoud-pezeshkian", "IR"): "2025-11-23", ("Q3874799", "UA"): "2025-09-29",
    ("s-jaishankar", "IN"): "2025-11-15", ("rajnath-singh", "IN"): "2025-11-28",
    ("tamim-bin-hamad-al-thani", "QA"): "2025-12-10", ("salman-bin-abdulaziz", "SA"): "2025-11-21",
    ("faisal-bin-farhan", "SA"): "2025-11-20",
    ("mohammed-bin-abdulrahman-al-thani", "QA"): "2025-12-10", ("wang-yi", "CN"): "2025-10-27",
    ("abdel-fattah-el-sisi", "EG"): "2025-10-13", ("shehbaz-sharif", "PK"): "2025-10-13",
    ("narendra-modi", "IN"): "2025-11-22", ("anthony-albanese", "AU"): "2025-11-21",
    ("cyril-ramaphosa", "ZA"): "2025-11-22", ("andrii-sybiha", "UA"): "2025-11-14",
    # later evidence seen on late-2025 / early-2026 pages (evidence5 pass, log 83-97)
    ("Q7747", "RU"): "2025-12-19", ("mikhail-mishustin", "RU"): "2025-10-15", ("hakan-fidan", "TR"): "2025-12-28",
    ("abbas-araghchi", "IR"): "2025-12-01", ("Q15031", "CN"): "2025-12-30", ("israel-katz", "IL"): "2025-12-25",
    ("gideon-saar", "IL"): "2025-12-10", ("mohammed-bin-salman", "SA"): "2025-12-10", ("ishaq-dar", "PK"): "2026-01-03",
    ("asif-ali-zardari", "PK"): "2025-10-16", ("friedrich-merz", "DE"): "2025-12-29", ("johann-wadephul", "DE"): "2025-12-29",
    ("lee-jae-myung", "KR"): "2025-11-01", ("prabowo-subianto", "ID"): "2025-11-01", ("pope-leo-xiv", "VA"): "2025-12-31",
    ("mohamed-bin-zayed", "AE"): "2026-01-01", ("ayman-safadi", "JO"): "2025-10-30",
    ("mohammed-shia-al-sudani", "IQ"): "2025-05-21", ("asaad-al-shaibani", "SY"): "2025-11-02",
    ("claudia-sheinbaum", "MX"): "2025-12-18", ("pete-hegseth", "US"): "2025-11-20",
    ("isaac-herzog", "IL"): "2025-12-02", ("joseph-aoun", "LB"): "2025-12-02", ("nawaf-salam", "LB"): "2025-11-30",
    ("javier-milei", "AR"): "2025-10-29", ("abiy-ahmed", "ET"): "2025-12-02", ("radoslaw-sikorski", "PL"): "2025-10-14",
    ("antonio-tajani", "IT"): "2025-12-15", ("penny-wong", "AU"): "2025-11-26", ("Q946", "PL"): "2026-02-05",
    ("yasar-guler", "TR"): "2025-10-11",
}

J = {  # jurisdiction Q-ids (countries.tsv)
    "US": "Q30", "RU": "Q159", "CN": "Q148", "GB": "Q145", "FR": "Q142", "DE": "Q183", "IT": "Q38", "JP": "Q17",
    "IN": "Q668", "CA": "Q16", "BR": "Q155", "TR": "Q43", "IR": "Q794", "IL": "Q801", "SA": "Q851", "AE": "Q878",
    "QA": "Q846", "EG": "Q79", "JO": "Q810", "SY": "Q858", "IQ": "Q796", "LB": "Q822", "UA": "Q212", "MY": "Q833",
    "ID": "Q252", "PK": "Q843", "KR": "Q884", "MA": "Q1028", "ES": "Q29", "PL": "Q36", "HU": "Q28", "PS": "Q219060",
    "KW": "Q817", "OM": "Q842", "VA": "Q237", "NG": "Q1033", "ET": "Q115", "ZA": "Q258", "AR": "Q414",
    "MX": "Q96", "AU": "Q408",
}

S = {  # sources (URLs seen through the search tool)
    "piglix": "http://piglix.com/piglix/Trump_Administration",
    "thisday": "https://thisdaystory.com/November-7/joe-biden-is-confirmed-elected-as-the-46th-president-of-the-united-states-defeating-incumbent-donald-trump",
    "who2": "https://www.who2.com/joe-biden-inaugurated-as-u-s-president/",
    "newser": "https://www.newser.com/story/362820/donald-trump-sworn-in-as-47th-president.html",
    "pompeo": "https://review.clateway.com/wiki/view_html.php?q=Mike_Pompeo",
    "secstate": "https://en.wikipedia.org/wiki/List_of_United_States_secretaries_of_state",
    "uk2022": "https://www.thejournal.ie/rishi-sunak-new-prime-minister-5902212-Oct2022/",
    "uk2024": "https://echo-news.co.uk/news/24434933.labour-cabinet-ministers-list-2024-confirmed-keir-starmer",
    "uk2024b": "https://ca.news.yahoo.com/keir-starmer-pick-cabinet-091729971.html",
    "uk2025": "https://www.anews.com.tr/europe/2025/09/05/uk-premier-appoints-yvette-cooper-as-new-foreign-secretary-with-cabinet-reshuffle-underway",
    "fr2025pm": "https://www.terradaily.com/reports/Macron_names_defence_minister_Lecornu_new_PM_presidency_999.html",
    "fr2025gov": "https://www.notizie.it/en/France-appoints-Lecornu-II-government-with-34-ministers-Barrot-and-Darmanin-confirmed/",
    "de2021": "https://www.urdupoint.com/en/world/new-german-cabinet-sworn-in-scholz-governmen-1421753.html",
    "de2023": "https://report.az/en/other-countries/germany-s-new-defense-minister-takes-oath",
    "de2025": "https://evrimagaci.org/tpg/friedrich-merz-elected-chancellor-as-new-cabinet-takes-office-345654",
    "de2025fm": "https://www.deutschland.de/zh-hans/videos/new-cabinet-new-faces-friedrich-merz-presents-his-team",
    "it2022": "https://www.iccpi.org.ph/post/new-italian-meloni-government",
    "jp2024": "https://www.newindianexpress.com/world/2024/Oct/01/shigeru-ishiba-japans-newly-elected-prime-minister-forms-cabinet-with-emphasis-on-defense",
    "jp2025": "https://www.anews.com.tr/asia/2025/10/21/japans-pm-takaichi-sworn-in-by-emperor-as-unveils-new-cabinet",
    "ca2025": "https://mb.com.ph/2025/05/14/canadian-prime-minister-carney-names-a-new-foreign-minister-in-a-cabinet-shake-up",
    "ca2025b": "https://uslive.com/newsfeed/555255",
    "il2024": "https://www.nationalheraldindia.com/international/netanyahu-sacks-defence-minister-yoav-gallant-moves-up-israel-katz",
    "ir2024": "https://www.ajc.com/news/nation-world/irans-hard-line-parliament-approves-all-members-of-presidents-cabinet-first-time-since-2001/F5QE5RFGPNG5RJA6RHGRLGGQYU/",
    "tr2023": "https://www.hurriyetdailynews.com/turkiye-announces-new-cabinet-183679",
    "tr2023b": "https://www.thenewsontime.com/erdogan-forms-new-government-in-turkey-with-minimal-female-representation-cavusoglu-and-akar-included/",
    "sa2022": "https://ummid.com/news/2022/september/28.09.2022/de-facto-ruler-already-saudi-crown-prince-mohammed-bin-salman-appointed-as-pm.html",
    "eg2024": "https://hurriyetdailynews.com/egypts-new-govt-sworn-in-amid-major-reshuffle-198128",
    "eg2018": "http://origin-web.yenisafak.com/fr/international/nouveau-gouvernement-egyptien-changements-majeurs-aux-ministeres-de-la-defense-et-des-affaires-etrangeres-29132",
    "jo2024": "http://namnewsnetwork.org/?p=277164",
    "jo2020": "https://menafn.com/1108675891/King-Abdullah-II-Appoints-Jafar-Hassan-To-Form-New-Jordanian-Govt",
    "jo1999": "https://www.nation.com.pk/16-Sep-2024/jordan-s-king-taps-his-aide-as-new-prime-minister",
    "sy2025": "https://themedialine.org/mideast-daily-news/new-syrian-government-sworn-in-as-transitional-authorities-pledge-inclusive-future",
    "sy2025p": "https://www.thenationalnews.com/news/mena/2025/01/29/rebels-declare-ahmad-al-shara-president-of-syria/",
    "iq2022": "https://english.iswnews.com/25205/iraq-al-sudani-cabinet-received-the-confidence-from-the-parliament/",
    "lb2025": "https://www.aa.com.tr/en/middle-east/lebanon-forms-new-government-for-1st-time-since-2022/3476005",
    "lb2025b": "https://yalibnan.com/2025/02/08/lebanon-finally-has-a-new-government-after-two-years-of-political-stalemate/",
    "ua2025": "https://www.pravda.com.ua/eng/news/2025/07/17/7522223/",
    "ru2024": "https://www.rt.com/russia/597595-putin-confirms-defense-minister-belousov/",
    "ru2024b": "https://www.pravda.com.ua/eng/news/2024/05/14/7455817/",
    "lavrov": "https://codenative.ru/en/proishozhdenie-lavrova-sergeya-viktorovicha-lavrov-ministr.html",
    "cn2023pm": "http://en.people.cn/n3/2023/0312/c90000-10220761.html",
    "cn2023": "https://newsable.asianetnews.com/world/xi-jinping-elected-as-chinese-president-for-historic-third-term-check-details-ajr-rrag44",
    "in2025": "https://www.wionews.com/india-news/c-p-radhakrishnan-takes-oath-as-india-s-15th-vice-president-1757654617821",
    "pk2024": "https://www.wionews.com/south-asia/19-member-federal-cabinet-of-pakistan-pm-shehbaz-sharif-takes-oath-699134",
    "kr2025": "https://theweek.com/world-news/lee-south-korea-new-president",
    "va2025": "https://sofiaglobe.com/2025/05/08/american-cardinal-robert-prevost-becomes-pope-leo-xiv/",
    "pl2023": "https://www.gov.pl/web/primeminister/president-andrzej-duda-appoints-prime-minister-donald-tusk-and-a-new-council-of-ministers",
    "id2024": "https://asianews.network/prabowo-gibran-sworn-in-as-president-vp",
    "id2024c": "https://www.arabnews.pk/node/2576137/world",
    "my2024": "https://mothership.sg/2024/01/johor-sultan-new-agong-sworn-in/",
    "my2022": "https://www.thetimes.co.uk/article/anwar-ibrahim-becomes-malaysian-pm-after-three-decades-of-trying-tw7hts87w",
    "kw2023": "https://timeskuwait.com/news/kuwait-cabinet-names-sheikh-mishal-al-ahmad-al-jaber-al-sabah-amir-of-the-state-of-kuwait/",
    "kw2023d": "https://www.azernews.az/region/219024.html",
    "kw2020": "http://embed.gettyimages.com/embed/1228799155?et=y0Itl1o0T_F9XDlkczgf0A&tld=com&sig=IVd36eHseGgv7yg83xrP3KEEv2xgZdcv9HZWEkwG14c=&caption=true&ver=1",
    "ps2024": "https://sputnikglobe.com/20240401/new-palestinian-cabinet-sworn-in-by-president-abbas-in-ramallah---state-media-1117675891.html",
    "ru2024p": "https://en.wikipedia.org/wiki/Fifth_inauguration_of_Vladimir_Putin",
    "il2022": "https://embassies.gov.il/vienna/NewsAndEvents/Pages/-Israels-37.-Regierung-vereidigt.aspx",
    "il2022b": "https://themedialine.org/headlines/israels-new-government-sworn-in-during-special-knesset-session/",
    "gb2022": "https://www.independent.co.uk/life-style/royal-family/prince-charles-coronation-king-when-b2025853.html",
    "tr2023c": "https://english.ahram.org.eg/News/502297.aspx",
    "ir2024d": "https://menafn.com/1108541566/Iranian-President-Masoud-Pezeshkian-Submits-Proposed-Cabinet-To-Parliament-For-Confidence-Vote",
    "jp2024b": "http://209.141.35.7:8011/https/www.dw.com/en/japans-shigeru-ishiba-confirmed-as-prime-minister/a-70370307",
    "ae2022": "https://whatson.ae/2022/05/sheikh-mohamed-bin-zayed-elected-president-of-the-uae/",
    "br2023": "https://en.wikipedia.org./wiki/Third_inauguration_of_Luiz_In%C3%A1cio_Lula_da_Silva",
    "br2023m": "https://pledgetimes.com/learn-more-lula-sworn-in-to-a-plural-ministry-but-that-does-not-guarantee-the-basis-for-approving-amendments-to-the-constitution-istoe-dinheiro/",
    "ca2025c": "https://www.castanet.net/news/Canada/550115/Prime-Minister-Mark-Carney-says-new-cabinet-will-act-with-urgency-and-determination",
    # added by the people4 pass (notes/search-log.md, entries 46-)
    "in2024": "https://www.thehindu.com/news/national/narendra-modi-sworn-in-as-prime-minister-for-third-consecutive-term/article68270092.ece",
    "in2024p": "https://www.dailypioneer.com/2024/top-stories/amit-shah-retains-home-ministry--rajnath-singh-defence.html",
    "in2019p": "https://www.spotlightnepal.com/2019/05/31/pm-modi-allocates-portfolios-s-jaishankar-minister-external-affairs/",
    "fr2017": "https://nz.ambafrance.org/Inauguration-of-President-Emmanuel-Macron",
    "fr2024fm": "https://pledgetimes.com/france-new-barnier-government/",
    "fr2024pm": "http://en.people.cn/n3/2024/0905/c90000-20215627.html",
    "fr2024pm2": "https://www.dw.com/en/france-macron-names-francois-bayrou-as-new-prime-minister/a-71044786?maca=en-rss-en-world-4025-rdf",
    "us2025d": "https://www.hstoday.us/industry/people-on-the-move/pete-hegseth-sworn-in-at-29th-secretary-of-defense/",
    "us2021s": "https://www.who2.com/bio/antony-blinken/antony-blinken-takes-the-oath/",
    "us2021d": "https://digital-stage.thehill.com/policy/defense/535426-austin-sworn-in-as-nations-first-black-pentagon-chief/amp",
    "us2025a": "https://www.pacom.mil/Media/NEWS/News-Article-View/Article/4035596/designation-of-acting-secretary-of-defense",
    "ir2021": "http://www.xinhuanet.com/english/2021-08/05/c_1310110287.htm",
    "ir2024r": "https://report.az/en/region/iran-s-new-president-to-be-sworn-in-on-july-30",
    "ir2024p": "https://www.etvbharat.com/en/!international/irans-president-pezeshkian-sworn-in-at-parliament-enn24073007935",
    "ua2024fm": "https://kyivindependent.com/parliament-approves-sybiha-as-new-foreign-minister/",
    "ua2020fm": "https://milatgazetesi.com/amp/haber/zelenskiy-disisleri-bakanligi-gorevine-ukraynanin-eski-ankara-buyukelcisi-sibigayi-onerdi-9944",
    "ua2023d": "https://www.kyivpost.com/post/21317",
    "ua2025b": "https://metroobserver.com/?p=104724",
    "ua2019": "https://qha.com.ua/en/novosti-en/zelensky-took-the-oath-and-became-president-of-ukraine/",
    "ua2020pm": "https://bnn-news.com/ukraine-accepts-pm-honcharuk-s-resignation-appoints-new-head-of-government-211100",
    "il2021": "https://jpost.com/israel-news/isaac-herzog-inaugurated-as-israels-11th-president-watch-673127",
    "ng2023": "https://www.coretvnews.com/2023/05/29/breaking-its-official-buhari-bows-out-tinubu-sworn-in-as-nigerias-16th-president/",
    "cn2023fm": "https://sputnikglobe.com/20230725/chinese-parliament-appoints-wang-yi-as-foreign-minister-1112129087.html",
    "cn2022fm": "https://chinagosmart.com/china-announces-new-foreign-minister",
    "cn2023d": "https://news.az/news/china-appoints-new-defense-minister",
    "pk2024pm": "https://www.business-standard.com/world-news/shehbaz-sharif-sworn-in-as-pakistan-s-prime-minister-for-second-time-124030400589_1.html",
    "pk2024p": "https://www.urdupoint.com/en/pakistan/asif-ali-zardari-sworn-in-as-president-of-pak-1803598.html",
    "qa2023": "https://diplomattimes.in/middle-east/al-thani-took-oath-as-new-qatar-prime-minister",
    "qa2023b": "https://www.aljazeera.com/news/2023/3/7/qatar-names-new-pm-after-resignation-of-predecessor?utm_source=sendinblue&utm_campaign=Middle%20East%209323&utm_medium=email",
    "qa2013": "https://www.meed.com/qatar-emir-hands-over-power-to-his-son/",
    "ru2024pm": "https://sputnikglobe.com/20240510/russian-parliament-approves-mishustin-as-prime-minister-1118375650.html",
    "eg2014": "http://www.washingtontimes.com/news/2014/jun/8/egypts-el-sissi-sworn-in-as-president/",
    "et2018": "http://allafrica.com/stories/201804020277.html",
    "sa2015": "https://sacm.org.au/salman-bin-abdulaziz-becomes-new-king-of-saudi-arabia/",
    "sa2019fm": "https://www.aljazeera.com/news/2019/10/23/saudi-king-names-faisal-bin-farhan-al-saud-foreign-minister/",
    "jp2021": "https://www.urdupoint.com/en/world/fumio-kishida-becomes-japans-new-prime-minis-1366782.html",
    "za2024": "https://www.ewn.co.za/2024/06/19/ramaphosa-takes-oath-of-office-as-he-begins-second-term-as-president",
    "ar2023": "https://menafn.com/1107567347/Javier-Milei-Sworn-In-As-President-Of-Argentina",
    "mx2024": "https://voz.us/en/world/241001/16876/claudia-sheinbaun-mexico-new-president.html",
    "au2022": "https://www.mangalorean.com/anthony-albanese-sworn-in-as-australias-31st-pm/",
    "kr2025pm": "https://www.lokmattimes.com/international/kim-min-seok-officially-appointed-as-south-korean-pm-following-national-assembly-approval/amp",
    "gb2023fs": "https://www.thehindu.com/news/international/former-prime-minister-david-cameron-appointed-uk-foreign-secretary/article67528446.ece",
}

# person id -> (label_en, en_forms, ar_forms)
P = {}


def person(pid, label, en, ar):
    P[pid] = (label, en, ar)
    return pid


# ------------------------------------------------------------------ people (name forms used by news)
TRUMP = person("Q22686", "Donald Trump", "Donald Trump;Donald J. Trump;Trump", "دونالد ترامب;ترامب;ترمب;دونالد ترمب")
BIDEN = person("Q6279", "Joe Biden", "Joe Biden;Joseph Biden;Joseph R. Biden;Biden", "جو بايدن;بايدن;جوزيف بايدن")
PENCE = person("Q24313", "Mike Pence", "Mike Pence;Michael Pence;Pence", "مايك بنس;بنس;مايك بينس;بينس")
HARRIS = person("Q10853588", "Kamala Harris", "Kamala Harris;Harris", "كامالا هاريس;هاريس")
VANCE = person("jd-vance", "JD Vance", "JD Vance;J.D. Vance;James David Vance;Vance", "جي دي فانس;جيه دي فانس;فانس")
POMPEO = person("mike-pompeo", "Mike Pompeo", "Mike Pompeo;Michael Pompeo;Pompeo", "مايك بومبيو;بومبيو;بومبيوا")
RUBIO = person("marco-rubio", "Marco Rubio", "Marco Rubio;Rubio", "ماركو روبيو;روبيو")
SUNAK = person("rishi-sunak", "Rishi Sunak", "Rishi Sunak;Sunak", "ريشي سوناك;سوناك")
STARMER = person("keir-starmer", "Keir Starmer", "Keir Starmer;Sir Keir Starmer;Starmer", "كير ستارمر;ستارمر")
LAMMY = person("david-lammy", "David Lammy", "David Lammy;Lammy", "ديفيد لامي;لامي")
COOPER = person("yvette-cooper", "Yvette Cooper", "Yvette Cooper;Cooper", "إيفيت كوبر;ايفيت كوبر;كوبر")
HEALEY = person("john-healey", "John Healey", "John Healey;Healey", "جون هيلي;هيلي")
LECORNU = person("sebastien-lecornu", "Sébastien Lecornu", "Sébastien Lecornu;Sebastien Lecornu;Lecornu", "سيباستيان لوكورنو;لوكورنو;سيباستيان ليكورنو;ليكورنو")
VAUTRIN = person("catherine-vautrin", "Catherine Vautrin", "Catherine Vautrin;Vautrin", "كاترين فوتران;فوتران;كاثرين فوتران")
SCHOLZ = person("olaf-scholz", "Olaf Scholz", "Olaf Scholz;Scholz", "أولاف شولتس;شولتس;أولاف شولتز;شولتز")
MERZ = person("friedrich-merz", "Friedrich Merz", "Friedrich Merz;Merz", "فريدريش ميرتس;ميرتس;فريدريش ميرز;ميرز")
BAERBOCK = person("annalena-baerbock", "Annalena Baerbock", "Annalena Baerbock;Baerbock", "أنالينا بيربوك;بيربوك;أنالينا بيربوخ")
WADEPHUL = person("johann-wadephul", "Johann Wadephul", "Johann Wadephul;Wadephul", "يوهان فاديفول;فاديفول")
LAMBRECHT = person("christine-lambrecht", "Christine Lambrecht", "Christine Lambrecht;Lambrecht", "كريستينه لامبرشت;لامبرشت;كريستين لامبريشت;لامبريشت")
PISTORIUS = person("boris-pistorius", "Boris Pistorius", "Boris Pistorius;Pistorius", "بوريس بيستوريوس;بيستوريوس")
MELONI = person("giorgia-meloni", "Giorgia Meloni", "Giorgia Meloni;Meloni", "جورجيا ميلوني;ميلوني")
TAJANI = person("antonio-tajani", "Antonio Tajani", "Antonio Tajani;Tajani", "أنطونيو تاياني;تاياني")
CROSETTO = person("guido-crosetto", "Guido Crosetto", "Guido Crosetto;Crosetto", "غيدو كروسيتو;كروسيتو")
ISHIBA = person("shigeru-ishiba", "Shigeru Ishiba", "Shigeru Ishiba;Ishiba", "شيغيرو إيشيبا;إيشيبا;ايشيبا")
TAKAICHI = person("sanae-takaichi", "Sanae Takaichi", "Sanae Takaichi;Takaichi", "ساناي تاكايتشي;تاكايتشي;ساناي تاكاييتشي")
IWAYA = person("takeshi-iwaya", "Takeshi Iwaya", "Takeshi Iwaya;Iwaya", "تاكيشي إيوايا;إيوايا")
MOTEGI = person("toshimitsu-motegi", "Toshimitsu Motegi", "Toshimitsu Motegi;Motegi", "توشيميتسو موتيغي;موتيغي;موتيجي")
NAKATANI = person("gen-nakatani", "Gen Nakatani", "Gen Nakatani;Nakatani", "جين ناكاتاني;ناكاتاني")
KOIZUMI = person("shinjiro-koizumi", "Shinjiro Koizumi", "Shinjiro Koizumi;Koizumi", "شينجيرو كويزومي;كويزومي")
ANAND = person("anita-anand", "Anita Anand", "Anita Anand;Anand", "أنيتا أناند;أناند")
MCGUINTY = person("david-mcguinty", "David McGuinty", "David McGuinty;McGuinty", "ديفيد ماكغينتي;ماكغينتي")
KATZ = person("israel-katz", "Israel Katz", "Israel Katz;Yisrael Katz;Katz", "يسرائيل كاتس;كاتس;يسرائيل كاتز;كاتز")
SAAR = person("gideon-saar", "Gideon Sa'ar", "Gideon Sa'ar;Gideon Saar;Sa'ar;Saar", "جدعون ساعر;ساعر;غدعون ساعر")
ARAGHCHI = person("abbas-araghchi", "Abbas Araghchi", "Abbas Araghchi;Abbas Araqchi;Araghchi;Araqchi", "عباس عراقجي;عراقجي;عباس عراقچی")
NASIRZADEH = person("aziz-nasirzadeh", "Aziz Nasirzadeh", "Aziz Nasirzadeh;Nasirzadeh", "عزيز نصير زاده;نصير زاده;عزيز نصيرزاده;نصيرزاده")
FIDAN = person("hakan-fidan", "Hakan Fidan", "Hakan Fidan;Fidan", "هاكان فيدان;فيدان")
GULER = person("yasar-guler", "Yaşar Güler", "Yaşar Güler;Yasar Guler;Güler;Guler", "يشار غولر;غولر;ياشار غولر;يشار جولر")
YILMAZ = person("cevdet-yilmaz", "Cevdet Yılmaz", "Cevdet Yılmaz;Cevdet Yilmaz;Yılmaz;Yilmaz", "جودت يلماز;يلماز")
MBS = person("mohammed-bin-salman", "Mohammed bin Salman", "Mohammed bin Salman;Mohammad bin Salman;Muhammad bin Salman;MBS", "محمد بن سلمان;الأمير محمد بن سلمان;ولي العهد محمد بن سلمان")
KBS = person("khalid-bin-salman", "Khalid bin Salman", "Khalid bin Salman;Prince Khalid bin Salman", "خالد بن سلمان;الأمير خالد بن سلمان")
ABDELATTY = person("badr-abdelatty", "Badr Abdelatty", "Badr Abdelatty;Badr Abdel Aty;Badr Abdel Ati;Abdelatty", "بدر عبد العاطي;عبد العاطي")
SAQR = person("abdel-meguid-saqr", "Abdel Meguid Saqr", "Abdel Meguid Saqr;Abdel Majid Saqr;Abdel-Maguid Sakr;Saqr", "عبد المجيد صقر")
MADBOULY = person("mostafa-madbouly", "Mostafa Madbouly", "Mostafa Madbouly;Moustafa Madbouly;Mustafa Madbouly;Madbouly", "مصطفى مدبولي;مدبولي")
JHASSAN = person("jafar-hassan", "Jafar Hassan", "Jafar Hassan;Jaafar Hassan", "جعفر حسان")
KHASAWNEH = person("bisher-al-khasawneh", "Bisher Al-Khasawneh", "Bisher Al-Khasawneh;Bisher Khasawneh;Khasawneh", "بشر الخصاونة;الخصاونة")
ABDULLAH2 = person("abdullah-ii-of-jordan", "Abdullah II of Jordan", "King Abdullah II;Abdullah II;King Abdullah", "الملك عبد الله الثاني;عبد الله الثاني;العاهل الأردني")
SAFADI = person("ayman-safadi", "Ayman Safadi", "Ayman Safadi;Ayman al-Safadi;Safadi", "أيمن الصفدي;الصفدي")
SHARAA = person("ahmed-al-sharaa", "Ahmed al-Sharaa", "Ahmed al-Sharaa;Ahmad al-Sharaa;Ahmad al-Shara;al-Sharaa;Abu Mohammed al-Jolani;al-Jolani", "أحمد الشرع;أبو محمد الجولاني;الجولاني")
SHAIBANI = person("asaad-al-shaibani", "Asaad al-Shaibani", "Asaad al-Shaibani;Asaad Hassan al-Shibani;al-Shaibani;Shaibani", "أسعد الشيباني;أسعد حسن الشيباني;الشيباني")
ABUQASRA = person("murhaf-abu-qasra", "Murhaf Abu Qasra", "Murhaf Abu Qasra;Marhaf Abu Qusra;Abu Qasra", "مرهف أبو قصرة;أبو قصرة")
SUDANI = person("mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani;Mohammed Shia' al-Sudani;al-Sudani;Sudani", "محمد شياع السوداني;شياع السوداني")
FHUSSEIN = person("fuad-hussein", "Fuad Hussein", "Fuad Hussein;Fouad Hussein", "فؤاد حسين")
ABBASI = person("thabit-al-abbasi", "Thabit al-Abbasi", "Thabit al-Abbasi;Thabit Mohammed Saeed al-Abbasi;Thabit Mohammad;al-Abbasi", "ثابت العباسي;ثابت محمد سعيد العباسي")
RASHID = person("abdul-latif-rashid", "Abdul Latif Rashid", "Abdul Latif Rashid;Abdul Latif Rasheed;Latif Rashid", "عبد اللطيف رشيد;عبد اللطيف جمال رشيد")
JAOUN = person("joseph-aoun", "Joseph Aoun", "Joseph Aoun;President Joseph Aoun", "جوزاف عون;جوزيف عون")
NSALAM = person("nawaf-salam", "Nawaf Salam", "Nawaf Salam;Nawaf Sallam", "نواف سلام")
RAJJI = person("youssef-rajji", "Youssef Rajji", "Youssef Rajji;Youssef Raji;Yusuf Raji;Rajji", "يوسف رجي")
MENASSA = person("michel-menassa", "Michel Menassa", "Michel Menassa;Michel Mansa;Michel Mansi;Menassa", "ميشال منسى;ميشيل منسى")
SVYRYDENKO = person("yulia-svyrydenko", "Yulia Svyrydenko", "Yulia Svyrydenko;Yuliia Svyrydenko;Svyrydenko", "يوليا سفيريدينكو;سفيريدينكو")
SHMYHAL = person("denys-shmyhal", "Denys Shmyhal", "Denys Shmyhal;Denis Shmyhal;Shmyhal", "دينيس شميهال;شميهال")
BELOUSOV = person("andrey-belousov", "Andrey Belousov", "Andrey Belousov;Andrei Belousov;Belousov", "أندريه بيلوسوف;بيلوسوف")
LAVROV = person("sergey-lavrov", "Sergey Lavrov", "Sergey Lavrov;Sergei Lavrov;Lavrov;Lawrow", "سيرغي لافروف;سيرجي لافروف;سيرغيه لافروف;لافروف")
LIQIANG = person("li-qiang", "Li Qiang", "Li Qiang", "لي تشيانغ;لي تشيانج;لي شيانغ")
HANZHENG = person("han-zheng", "Han Zheng", "Han Zheng", "هان تشنغ;هان تشينغ;هان جنغ")
XI = person("Q15031", "Xi Jinping", "Xi Jinping;Xi", "شي جين بينغ;شي جينبينغ;شي جين بينج;شي")
RADHAKRISHNAN = person("c-p-radhakrishnan", "C. P. Radhakrishnan", "C. P. Radhakrishnan;CP Radhakrishnan;Radhakrishnan", "سي بي راداكريشنان;راداكريشنان")
DAR = person("ishaq-dar", "Ishaq Dar", "Ishaq Dar;Mohammad Ishaq Dar;Dar", "إسحاق دار;اسحاق دار")
KASIF = person("khawaja-asif", "Khawaja Asif", "Khawaja Asif;Khawaja Muhammad Asif", "خواجة آصف;خواجه آصف;خواجة محمد آصف")
LEEJM = person("lee-jae-myung", "Lee Jae-myung", "Lee Jae-myung;Lee Jae Myung", "لي جاي ميونغ;لي جيه ميونغ;لي جاي-ميونغ")
FRANCIS = person("Q450675", "Pope Francis", "Pope Francis;Jorge Mario Bergoglio", "البابا فرنسيس;فرنسيس;البابا فرانسيس")
LEO14 = person("pope-leo-xiv", "Pope Leo XIV", "Pope Leo XIV;Leo XIV;Robert Prevost;Robert Francis Prevost", "البابا لاون الرابع عشر;لاون الرابع عشر;البابا ليو الرابع عشر;روبرت بريفوست")

TUSK = person("Q946", "Donald Tusk", "Donald Tusk;Tusk", "دونالد توسك;توسك")
SIKORSKI = person("radoslaw-sikorski", "Radosław Sikorski", "Radosław Sikorski;Radoslaw Sikorski;Sikorski", "رادوسلاف سيكورسكي;سيكورسكي")
KOSINIAK = person("wladyslaw-kosiniak-kamysz", "Władysław Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz;Wladyslaw Kosiniak-Kamysz;Kosiniak-Kamysz", "فواديسلاف كوسينياك-كاميش;كوسينياك-كاميش;كوسينياك كاميش")
PRABOWO = person("prabowo-subianto", "Prabowo Subianto", "Prabowo Subianto;Prabowo", "برابوو سوبيانتو;برابوو;برابوو سوبيانطو")
GIBRAN = person("gibran-rakabuming-raka", "Gibran Rakabuming Raka", "Gibran Rakabuming Raka;Gibran Rakabuming;Gibran", "جبران راكابومينغ راكا;جبران راكابومينغ")
SUGIONO = person("sugiono", "Sugiono", "Sugiono", "سوجيونو;سوغيونو")
SIBRAHIM = person("sultan-ibrahim-of-johor", "Sultan Ibrahim of Johor", "Sultan Ibrahim;Sultan Ibrahim Iskandar;Ibrahim Iskandar", "السلطان إبراهيم;السلطان إبراهيم إسكندر")
ANWAR = person("anwar-ibrahim", "Anwar Ibrahim", "Anwar Ibrahim", "أنور إبراهيم;أنور ابراهيم")
MISHAL = person("mishal-al-ahmad-al-jaber-al-sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Mishal Al-Ahmad;Mishal al-Ahmad al-Sabah;Meshal al-Ahmad;Sheikh Meshal", "الشيخ مشعل الأحمد;مشعل الأحمد الجابر الصباح;مشعل الأحمد")
NAWAF = person("nawaf-al-ahmad-al-jaber-al-sabah", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Nawaf Al-Ahmad;Nawaf al-Ahmad al-Sabah;Sheikh Nawaf", "الشيخ نواف الأحمد;نواف الأحمد الجابر الصباح;نواف الأحمد")
MUSTAFA = person("mohammad-mustafa", "Mohammad Mustafa", "Mohammad Mustafa;Mohammed Mustafa", "محمد مصطفى")
PUTIN = person("Q7747", "Vladimir Putin", "Vladimir Putin;Putin", "فلاديمير بوتين;بوتين")
NETANYAHU = person("Q43723", "Benjamin Netanyahu", "Benjamin Netanyahu;Binyamin Netanyahu;Netanyahu;Bibi", "بنيامين نتنياهو;نتنياهو;بنيامين نتانياهو;نتانياهو")
GALLANT = person("yoav-gallant", "Yoav Gallant", "Yoav Gallant;Yoav Galant;Gallant;Galant", "يوآف غالانت;غالانت;يوآف جالانت")
CHARLES3 = person("Q43274", "Charles III", "King Charles III;Charles III;King Charles", "الملك تشارلز الثالث;تشارلز الثالث;الملك تشارلز")
ELIZABETH2 = person("Q9682", "Elizabeth II", "Queen Elizabeth II;Elizabeth II;Queen Elizabeth", "الملكة إليزابيث الثانية;إليزابيث الثانية;الملكة إليزابيث")
ERDOGAN = person("Q39259", "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan;Recep Tayyip Erdogan;Tayyip Erdoğan;Tayyip Erdogan;Erdoğan;Erdogan", "رجب طيب أردوغان;أردوغان;اردوغان")
# "رئيسي" alone is the common adjective "main" ("بشكل رئيسي", "مبنى حكومي رئيسي"): never his name by itself
RAISI = person("ebrahim-raisi", "Ebrahim Raisi", "Ebrahim Raisi;Ibrahim Raisi;Raisi", "إبراهيم رئيسي")

MBZ = person("mohamed-bin-zayed", "Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed;Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan;MBZ", "محمد بن زايد;محمد بن زايد آل نهيان;الشيخ محمد بن زايد")
LULA = person("Q37181", "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva;Luiz Inacio Lula da Silva;Lula da Silva;Lula", "لويس إيناسيو لولا دا سيلفا;لولا دا سيلفا")
ALCKMIN = person("geraldo-alckmin", "Geraldo Alckmin", "Geraldo Alckmin;Alckmin", "جيرالدو ألكمين;ألكمين")
MUCIO = person("jose-mucio", "José Múcio", "José Múcio;Jose Mucio;José Múcio Monteiro;Múcio;Mucio", "جوزيه موسيو;موسيو")

# people added by the people4 pass (forms: full names; a surname alone only where it is distinctive)
MACRON = person("Q3052772", "Emmanuel Macron", "Emmanuel Macron;Macron", "إيمانويل ماكرون;ماكرون;ايمانويل ماكرون")
MODI = person("narendra-modi", "Narendra Modi", "Narendra Modi;Modi", "ناريندرا مودي;مودي;نارندرا مودي")
JAISHANKAR = person("s-jaishankar", "S. Jaishankar", "S. Jaishankar;S Jaishankar;Subrahmanyam Jaishankar;Jaishankar", "سوبرامانيام جايشانكار;جايشانكار;إس جايشانكار;سوبراهمانيام جايشانكار")
RAJNATH = person("rajnath-singh", "Rajnath Singh", "Rajnath Singh", "راجناث سينغ;راجنات سينغ;راجناث سينج")
HEGSETH = person("pete-hegseth", "Pete Hegseth", "Pete Hegseth;Peter Hegseth;Hegseth", "بيت هيغسيث;هيغسيث;بيت هيجسيث;هيجسيث;بيت هيغسث")
BLINKEN = person("antony-blinken", "Antony Blinken", "Antony Blinken;Anthony Blinken;Antony J. Blinken;Blinken", "أنتوني بلينكن;بلينكن;انتوني بلينكن")
AUSTIN = person("lloyd-austin", "Lloyd Austin", "Lloyd Austin;Lloyd J. Austin", "لويد أوستن;لويد اوستن;لويد أوستين")
PEZESHKIAN = person("masoud-pezeshkian", "Masoud Pezeshkian", "Masoud Pezeshkian;Massoud Pezeshkian;Pezeshkian", "مسعود بزشكيان;بزشكيان;مسعود پزشكيان")
SYBIHA = person("andrii-sybiha", "Andrii Sybiha", "Andrii Sybiha;Andriy Sybiha;Sybiha", "أندريه سيبيها;أندري سيبيها;سيبيها;أندريه سيبيغا;سيبيغا")
# "Kuleba" alone is not given: Oleksiy Kuleba, a deputy prime minister since 2024, is in the news too
KULEBA = person("dmytro-kuleba", "Dmytro Kuleba", "Dmytro Kuleba;Dmitry Kuleba;Dmytro Kouleba", "دميترو كوليبا;ديميترو كوليبا;دميتري كوليبا")
UMEROV = person("rustem-umerov", "Rustem Umerov", "Rustem Umerov;Umerov", "رستم عمروف;عمروف;رستم أوميروف;أوميروف")
ZELENSKY = person("Q3874799", "Volodymyr Zelenskyy", "Volodymyr Zelensky;Volodymyr Zelenskyy;Volodymyr Zelenskiy;Zelensky;Zelenskyy;Zelenskiy", "فولوديمير زيلينسكي;فلاديمير زيلينسكي;زيلينسكي;زيلنسكي")
HERZOG = person("isaac-herzog", "Isaac Herzog", "Isaac Herzog;Yitzhak Herzog;Herzog", "إسحاق هرتسوغ;هرتسوغ;إسحق هرتسوغ;يتسحاق هرتسوغ")
TINUBU = person("bola-tinubu", "Bola Tinubu", "Bola Tinubu;Bola Ahmed Tinubu;Tinubu", "بولا تينوبو;تينوبو;بولا أحمد تينوبو")
SHETTIMA = person("kashim-shettima", "Kashim Shettima", "Kashim Shettima;Shettima", "كاشم شيتيما;شيتيما;قاسم شيتيما")
WANGYI = person("wang-yi", "Wang Yi", "Wang Yi", "وانغ يي;وانج يي")
QINGANG = person("qin-gang", "Qin Gang", "Qin Gang", "تشين قانغ;تشين غانغ;تشين جانج")
DONGJUN = person("dong-jun", "Dong Jun", "Dong Jun", "دونغ جون;دونج جون")
# "Sharif", "Shehbaz" and "Zardari" alone are not given: Nawaz Sharif and Bilawal Bhutto Zardari are in the news too
SHEHBAZ = person("shehbaz-sharif", "Shehbaz Sharif", "Shehbaz Sharif;Shahbaz Sharif;Muhammad Shehbaz Sharif", "شهباز شريف;شاهباز شريف")
ZARDARI = person("asif-ali-zardari", "Asif Ali Zardari", "Asif Ali Zardari;Asif Zardari", "آصف علي زرداري;آصف زرداري")
MBAR = person("mohammed-bin-abdulrahman-al-thani", "Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani;Mohammed bin Abdulrahman Al-Thani;Mohammed bin Abdulrahman al-Thani;Sheikh Mohammed bin Abdulrahman", "محمد بن عبد الرحمن آل ثاني;محمد بن عبدالرحمن آل ثاني;الشيخ محمد بن عبد الرحمن;الشيخ محمد بن عبدالرحمن")
TAMIM = person("tamim-bin-hamad-al-thani", "Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani;Tamim bin Hamad al-Thani;Tamim bin Hamad;Sheikh Tamim", "تميم بن حمد آل ثاني;تميم بن حمد;الشيخ تميم")
MISHUSTIN = person("mikhail-mishustin", "Mikhail Mishustin", "Mikhail Mishustin;Mishustin", "ميخائيل ميشوستين;ميشوستين")
SISI = person("abdel-fattah-el-sisi", "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi;el-Sisi;al-Sisi;el-Sissi;Sisi", "عبد الفتاح السيسي;عبدالفتاح السيسي;السيسي")
ABIY = person("abiy-ahmed", "Abiy Ahmed", "Abiy Ahmed;Abiy Ahmed Ali", "آبي أحمد;آبي أحمد علي")
BARROT = person("jean-noel-barrot", "Jean-Noël Barrot", "Jean-Noël Barrot;Jean-Noel Barrot;Barrot", "جان نويل بارو;جان-نويل بارو")
BAYROU = person("francois-bayrou", "François Bayrou", "François Bayrou;Francois Bayrou;Bayrou", "فرانسوا بايرو;بايرو")
BARNIER = person("michel-barnier", "Michel Barnier", "Michel Barnier;Barnier", "ميشال بارنييه;ميشيل بارنييه;بارنييه")
SALMAN = person("salman-bin-abdulaziz", "King Salman bin Abdulaziz", "King Salman;King Salman bin Abdulaziz;Salman bin Abdulaziz", "الملك سلمان;الملك سلمان بن عبد العزيز;سلمان بن عبد العزيز;سلمان بن عبدالعزيز")
FBF = person("faisal-bin-farhan", "Faisal bin Farhan", "Faisal bin Farhan;Prince Faisal bin Farhan;Faisal bin Farhan Al Saud", "فيصل بن فرحان;الأمير فيصل بن فرحان")
KISHIDA = person("fumio-kishida", "Fumio Kishida", "Fumio Kishida;Kishida", "فوميو كيشيدا;كيشيدا")
RAMAPHOSA = person("cyril-ramaphosa", "Cyril Ramaphosa", "Cyril Ramaphosa;Matamela Cyril Ramaphosa;Ramaphosa", "سيريل رامافوزا;رامافوزا;سيريل رامافوسا;رامافوسا")
MILEI = person("javier-milei", "Javier Milei", "Javier Milei;Milei", "خافيير ميلي;خافيير مايلي")
SHEINBAUM = person("claudia-sheinbaum", "Claudia Sheinbaum", "Claudia Sheinbaum;Sheinbaum", "كلاوديا شينباوم;شينباوم")
# "Albanese" alone is not given: Francesca Albanese, the UN rapporteur, is named by it as often
ALBANESE = person("anthony-albanese", "Anthony Albanese", "Anthony Albanese", "أنتوني ألبانيزي;أنتوني ألبانيز")
WONG = person("penny-wong", "Penny Wong", "Penny Wong", "بيني وونغ;بيني وونج")
KIMMS = person("kim-min-seok", "Kim Min-seok", "Kim Min-seok;Kim Min Seok", "كيم مين سوك;كيم مين-سوك")
CAMERON = person("david-cameron", "David Cameron", "David Cameron;Lord Cameron", "ديفيد كاميرون;اللورد كاميرون;ديفيد كامرون")

# ------------------------------------------------------------------ rows
# (person, office, jurisdiction, from, to, source key(s), acting, comment)
R = [
    # United States
    (TRUMP, "head-of-state", "US", "2017-01-20", "2021-01-20", "piglix thisday", False, ""),
    (BIDEN, "head-of-state", "US", "2021-01-20", "2025-01-20", "thisday", False, ""),
    (TRUMP, "head-of-state", "US", "2025-01-20", None, "newser", False, "evidence pixelation.org"),
    (PENCE, "vice-president", "US", "2017-01-20", "2021-01-20", "piglix who2", False, ""),
    (HARRIS, "vice-president", "US", "2021-01-20", "2025-01-20", "who2 newser", False, ""),
    (VANCE, "vice-president", "US", "2025-01-20", None, "newser", False, "evidence pixelation.org"),
    (POMPEO, "foreign-minister", "US", "2018-04-26", "2021-01-20", "pompeo", False, ""),
    (RUBIO, "foreign-minister", "US", "2025-01-21", None, "secstate", False, ""),
    # United Kingdom (the monarch is also head of state of Canada)
    (ELIZABETH2, "head-of-state", "GB", "1952-02-06", "2022-09-08", "gb2022", False, "died 2022-09-08"),
    (CHARLES3, "head-of-state", "GB", "2022-09-08", None, "gb2022", False, "evidence 2025-05-13 (head of state of Canada)"),
    (ELIZABETH2, "head-of-state", "CA", "1952-02-06", "2022-09-08", "gb2022", False, "Queen of Canada"),
    (CHARLES3, "head-of-state", "CA", "2022-09-08", None, "gb2022 ca2025", False, "evidence 2025-05-13"),
    (SUNAK, "head-of-government", "GB", "2022-10-25", "2024-07-05", "uk2022 uk2024", False, ""),
    (STARMER, "head-of-government", "GB", "2024-07-05", None, "uk2024", False, "in office at the 2025-09-05 reshuffle"),
    (LAMMY, "foreign-minister", "GB", "2024-07-05", "2025-09-05", "uk2024b uk2025", False, ""),
    (COOPER, "foreign-minister", "GB", "2025-09-05", None, "uk2025", False, ""),
    (HEALEY, "defence-minister", "GB", "2024-07-05", None, "uk2024b uk2025", False, "kept defence at the 2025-09-05 reshuffle"),
    # France
    (LECORNU, "head-of-government", "FR", "2025-09-09", None, "fr2025pm fr2025gov", False,
     "resigned 2025-10-06 and was reappointed 2025-10-10; kept as one term"),
    (VAUTRIN, "defence-minister", "FR", "2025-10-12", None, "fr2025gov", False, ""),
    # Germany
    (SCHOLZ, "head-of-government", "DE", "2021-12-08", "2025-05-06", "de2021 de2025", False, ""),
    (MERZ, "head-of-government", "DE", "2025-05-06", None, "de2025", False, ""),
    (BAERBOCK, "foreign-minister", "DE", "2021-12-08", "2025-05-06", "de2021 de2025", False, ""),
    (WADEPHUL, "foreign-minister", "DE", "2025-05-06", None, "de2025fm de2025", False, ""),
    (LAMBRECHT, "defence-minister", "DE", "2021-12-08", "2023-01-19", "de2021 de2023", False, ""),
    (PISTORIUS, "defence-minister", "DE", "2023-01-19", None, "de2023 de2025", False, "kept in the Merz cabinet 2025-05-06"),
    # Italy
    (MELONI, "head-of-government", "IT", "2022-10-22", None, "it2022", False, ""),
    (TAJANI, "foreign-minister", "IT", "2022-10-22", None, "it2022", False, ""),
    (CROSETTO, "defence-minister", "IT", "2022-10-22", None, "it2022", False, ""),
    # Japan
    (ISHIBA, "head-of-government", "JP", "2024-10-01", "2025-10-21", "jp2024 jp2025", False, ""),
    (TAKAICHI, "head-of-government", "JP", "2025-10-21", None, "jp2025", False, ""),
    (IWAYA, "foreign-minister", "JP", "2024-10-01", "2025-10-21", "jp2024 jp2025", False, ""),
    (MOTEGI, "foreign-minister", "JP", "2025-10-21", None, "jp2025", False, "also foreign minister 2019-2021 (dates unconfirmed)"),
    (NAKATANI, "defence-minister", "JP", "2024-10-01", "2025-10-21", "jp2024 jp2025", False, ""),
    (KOIZUMI, "defence-minister", "JP", "2025-10-21", None, "jp2025", False, ""),
    # Canada
    (ANAND, "foreign-minister", "CA", "2025-05-13", None, "ca2025", False, ""),
    (MCGUINTY, "defence-minister", "CA", "2025-05-13", None, "ca2025b", False, ""),
    # Israel (dates are the announcement by the PM's office; the change took formal effect about 48 h later)
    (NETANYAHU, "head-of-government", "IL", "2022-12-29", None, "il2022 il2022b", False, "37th government; evidence 2024-11-05"),
    (GALLANT, "defence-minister", "IL", "2022-12-29", "2024-11-05", "il2022 il2024", False, "end = dismissal announced (took effect about 48 h later)"),
    (KATZ, "defence-minister", "IL", "2024-11-05", None, "il2024", False, "announcement date"),
    (SAAR, "foreign-minister", "IL", "2024-11-05", None, "il2024", False, "announcement date"),
    # Iran (head of government = the president; head of state = the Supreme Leader)
    (ARAGHCHI, "foreign-minister", "IR", "2024-08-21", None, "ir2024", False, "date of parliament's vote of confidence"),
    (NASIRZADEH, "defence-minister", "IR", "2024-08-21", None, "ir2024", False, "date of parliament's vote of confidence"),
    # Turkey
    (ERDOGAN, "head-of-state", "TR", "2023-06-03", None, "tr2023c", False, "sworn in for a third term; President since 2014 (date unconfirmed); evidence 2023-06-04"),
    (FIDAN, "foreign-minister", "TR", "2023-06-03", None, "tr2023", False, "appointed late 2023-06-03"),
    (GULER, "defence-minister", "TR", "2023-06-03", None, "tr2023b", False, "appointed late 2023-06-03"),
    (YILMAZ, "vice-president", "TR", "2023-06-03", None, "tr2023", False, "appointed late 2023-06-03"),
    # Saudi Arabia
    (MBS, "head-of-government", "SA", "2022-09-27", None, "sa2022", False, ""),
    (KBS, "defence-minister", "SA", "2022-09-27", None, "sa2022", False, ""),
    # Egypt
    (MADBOULY, "head-of-government", "EG", "2018-06-07", None, "eg2018 eg2024", False, "reappointed 2024-07-03"),
    (ABDELATTY, "foreign-minister", "EG", "2024-07-03", None, "eg2024", False, ""),
    (SAQR, "defence-minister", "EG", "2024-07-03", None, "eg2024", False, ""),
    # Jordan
    (ABDULLAH2, "head-of-state", "JO", "1999-02-07", None, "jo1999", False, ""),
    (KHASAWNEH, "head-of-government", "JO", "2020-10-07", "2024-09-18", "jo2020 jo2024", False,
     "from = date given by KUNA; caretaker from 2024-09-15 until the new cabinet was sworn in"),
    (JHASSAN, "head-of-government", "JO", "2024-09-18", None, "jo2024", False, "designated 2024-09-15, sworn in 2024-09-18"),
    (SAFADI, "foreign-minister", "JO", "2024-09-18", None, "jo2024", False, "reappointed; in office earlier (from 2017, unconfirmed)"),
    # Syria
    (SHARAA, "head-of-state", "SY", "2025-01-29", None, "sy2025p sy2025", False, "declared president 2025-01-29"),
    (SHAIBANI, "foreign-minister", "SY", "2025-03-29", None, "sy2025", False,
     "retained in the transitional government; in the caretaker government earlier (from 2024-12, unconfirmed)"),
    (ABUQASRA, "defence-minister", "SY", "2025-03-29", None, "sy2025", False,
     "retained in the transitional government; in the caretaker government earlier (from 2024-12, unconfirmed)"),
    # Iraq
    (RASHID, "head-of-state", "IQ", "2022-10-13", None, "iq2022", False, "date of election by parliament"),
    (SUDANI, "head-of-government", "IQ", "2022-10-27", None, "iq2022", False, ""),
    (FHUSSEIN, "foreign-minister", "IQ", "2022-10-27", None, "iq2022", False, "second term; first term from 2020 (unconfirmed)"),
    (ABBASI, "defence-minister", "IQ", "2022-10-27", None, "iq2022", False, ""),
    # Lebanon
    (JAOUN, "head-of-state", "LB", "2025-01-09", None, "lb2025", False, "date of election"),
    (NSALAM, "head-of-government", "LB", "2025-02-08", None, "lb2025 lb2025b", False, ""),
    (RAJJI, "foreign-minister", "LB", "2025-02-08", None, "lb2025", False, ""),
    (MENASSA, "defence-minister", "LB", "2025-02-08", None, "lb2025", False, ""),
    # Ukraine
    (SVYRYDENKO, "head-of-government", "UA", "2025-07-17", None, "ua2025", False, ""),
    (SHMYHAL, "defence-minister", "UA", "2025-07-17", None, "ua2025", False, ""),
    # Russia
    (PUTIN, "head-of-state", "RU", "2024-05-07", None, "ru2024p", False, "fifth inauguration; President continuously since 2012 (date unconfirmed); evidence 2024-05"),
    (LAVROV, "foreign-minister", "RU", "2004-03-09", None, "lavrov ru2024b", False, "kept in the May 2024 government"),
    (BELOUSOV, "defence-minister", "RU", "2024-05-14", None, "ru2024", False, ""),
    # China
    (XI, "head-of-state", "CN", "2023-03-10", None, "cn2023", False, "third term; President since 2013 (date unconfirmed)"),
    (HANZHENG, "vice-president", "CN", "2023-03-10", None, "cn2023", False, ""),
    (LIQIANG, "head-of-government", "CN", "2023-03-11", None, "cn2023pm", False, ""),
    # India
    (RADHAKRISHNAN, "vice-president", "IN", "2025-09-12", None, "in2025", False, ""),
    # Pakistan
    (DAR, "foreign-minister", "PK", "2024-03-11", None, "pk2024", False, ""),
    (KASIF, "defence-minister", "PK", "2024-03-11", None, "pk2024", False, "also defence minister 2022-2023 (dates unconfirmed)"),
    # South Korea
    (LEEJM, "head-of-state", "KR", "2025-06-04", None, "kr2025", False, ""),
    # Poland
    (TUSK, "head-of-government", "PL", "2023-12-13", None, "pl2023", False, "evidence 2023-12-13"),
    (SIKORSKI, "foreign-minister", "PL", "2023-12-13", None, "pl2023", False, "evidence 2023-12-13"),
    (KOSINIAK, "defence-minister", "PL", "2023-12-13", None, "pl2023", False, "evidence 2023-12-13"),
    # Indonesia (the president is also head of government)
    (PRABOWO, "head-of-state", "ID", "2024-10-20", None, "id2024", False, "evidence 2024-10-21"),
    (GIBRAN, "vice-president", "ID", "2024-10-20", None, "id2024", False, "evidence 2024-10-21"),
    (SUGIONO, "foreign-minister", "ID", "2024-10-21", None, "id2024c", False, "cabinet sworn in 2024-10-21; evidence 2024-10-21"),
    # Malaysia
    (SIBRAHIM, "head-of-state", "MY", "2024-01-31", None, "my2024", False, "five-year term; evidence 2024-01-31"),
    (ANWAR, "head-of-government", "MY", "2022-11-24", None, "my2022 my2024", False, "evidence 2024-01-31"),
    # Kuwait
    (NAWAF, "head-of-state", "KW", "2020-09-30", "2023-12-16", "kw2020 kw2023d", False, "sworn in 2020-09-30; died 2023-12-16"),
    (MISHAL, "head-of-state", "KW", "2023-12-16", None, "kw2023", False, "named Amir 2023-12-16, sworn in 2023-12-20; evidence 2024-04-21"),
    # Palestine
    (MUSTAFA, "head-of-government", "PS", "2024-03-31", None, "ps2024", False, "evidence 2024-04-01"),
    # United Arab Emirates
    (MBZ, "head-of-state", "AE", "2022-05-14", None, "ae2022", False, "elected by the Federal Supreme Council"),
    # Brazil (the president is also head of government)
    (LULA, "head-of-state", "BR", "2023-01-01", None, "br2023", False, "third term"),
    (ALCKMIN, "vice-president", "BR", "2023-01-01", None, "br2023", False, ""),
    (MUCIO, "defence-minister", "BR", "2023-01-01", None, "br2023m", False, ""),
    # Vatican
    (FRANCIS, "head-of-state", "VA", "2013-03-13", "2025-04-21", "va2025", False, "died in office"),
    (LEO14, "head-of-state", "VA", "2025-05-08", None, "va2025", False, "date of election"),
    # the same terms as pope (the papal title is judged like the other offices)
    (FRANCIS, "pope", "VA", "2013-03-13", "2025-04-21", "va2025", False, "as pope (the same term as head of state of the Vatican)"),
    (LEO14, "pope", "VA", "2025-05-08", None, "va2025", False, "as pope"),
    # ---- added by the people4 pass (notes/search-log.md, entries 46-)
    # United States
    (BLINKEN, "foreign-minister", "US", "2021-01-26", "2025-01-21", "us2021s secstate", False,
     "end = Rubio's oath (an acting secretary may have served on 2025-01-20)"),
    (AUSTIN, "defence-minister", "US", "2021-01-22", "2025-01-20", "us2021d us2025a", False, "an acting secretary held the office 2025-01-20 to 2025-01-25"),
    (HEGSETH, "defence-minister", "US", "2025-01-25", None, "us2025d", False, ""),
    # United Kingdom
    (CAMERON, "foreign-minister", "GB", "2023-11-13", "2024-07-05", "gb2023fs uk2024b", False, ""),
    # France
    (MACRON, "head-of-state", "FR", "2017-05-14", None, "fr2017 fr2025pm", False, "re-elected 2022"),
    (BARNIER, "head-of-government", "FR", "2024-09-05", "2024-12-13", "fr2024pm fr2024pm2", False, ""),
    (BAYROU, "head-of-government", "FR", "2024-12-13", "2025-09-09", "fr2024pm2 fr2025pm", False, ""),
    (BARROT, "foreign-minister", "FR", "2024-09-21", None, "fr2024fm fr2025gov", False, "kept in the Lecornu II government; evidence 2025-10-12"),
    # Japan
    (KISHIDA, "head-of-government", "JP", "2021-10-04", "2024-10-01", "jp2021 jp2024", False, ""),
    # Iran (the president is head-of-government); from = the Supreme Leader's endorsement, sworn in two days later
    (RAISI, "head-of-state", "IR", "2021-08-03", "2024-05-19", "ir2021 ir2024r", False, "sworn in 2021-08-05; killed in a helicopter crash 2024-05-19"),
    (PEZESHKIAN, "head-of-state", "IR", "2024-07-28", None, "ir2024p ir2024", False, "sworn in 2024-07-30"),
    # Ukraine
    (ZELENSKY, "head-of-state", "UA", "2019-05-20", None, "ua2019", False, ""),
    (SHMYHAL, "head-of-government", "UA", "2020-03-04", "2025-07-17", "ua2020pm ua2025", False, ""),
    (KULEBA, "foreign-minister", "UA", "2020-03-04", "2024-09-05", "ua2020fm ua2024fm", False, ""),
    (SYBIHA, "foreign-minister", "UA", "2024-09-05", None, "ua2024fm", False, ""),
    (UMEROV, "defence-minister", "UA", "2023-09-06", "2025-07-17", "ua2023d ua2025b", False, ""),
    # Israel
    (HERZOG, "head-of-state", "IL", "2021-07-07", None, "il2021", False, "seven-year term"),
    # Russia
    (MISHUSTIN, "head-of-government", "RU", "2024-05-10", None, "ru2024pm", False, "reappointed; Prime Minister since January 2020 (date unconfirmed)"),
    # China
    (QINGANG, "foreign-minister", "CN", "2022-12-30", "2023-07-25", "cn2022fm cn2023fm", False, ""),
    (WANGYI, "foreign-minister", "CN", "2023-07-25", None, "cn2023fm", False, "reappointed; also foreign minister 2013-2022 (start date unconfirmed)"),
    (DONGJUN, "defence-minister", "CN", "2023-12-29", None, "cn2023d", False, ""),
    # India
    (MODI, "head-of-government", "IN", "2024-06-09", None, "in2024", False, "third term; Prime Minister since 2014 (date unconfirmed)"),
    (JAISHANKAR, "foreign-minister", "IN", "2019-05-31", None, "in2019p in2024p", False, "portfolio kept 2024-06-10; evidence 2024-06-10"),
    (RAJNATH, "defence-minister", "IN", "2019-05-31", None, "in2019p in2024p", False, "portfolio kept 2024-06-10; evidence 2024-06-10"),
    # Pakistan
    (SHEHBAZ, "head-of-government", "PK", "2024-03-04", None, "pk2024pm", False, "second time; also Prime Minister 2022-2023 (dates unconfirmed)"),
    (ZARDARI, "head-of-state", "PK", "2024-03-10", None, "pk2024p", False, "second time; also President 2008-2013"),
    # Qatar
    (TAMIM, "head-of-state", "QA", "2013-06-25", None, "qa2013", False, ""),
    (MBAR, "head-of-government", "QA", "2023-03-07", None, "qa2023 qa2023b", False, ""),
    (MBAR, "foreign-minister", "QA", "2023-03-07", None, "qa2023 qa2023b", False, "kept with the premiership; foreign minister since 2016 (date unconfirmed)"),
    # Saudi Arabia
    (SALMAN, "head-of-state", "SA", "2015-01-23", None, "sa2015 sa2022", False, "evidence 2022-09-27"),
    (FBF, "foreign-minister", "SA", "2019-10-23", None, "sa2019fm sa2022", False, "reaffirmed 2022-09-27"),
    # Egypt
    (SISI, "head-of-state", "EG", "2014-06-08", None, "eg2014", False, ""),
    # Nigeria, Ethiopia, South Africa
    (TINUBU, "head-of-state", "NG", "2023-05-29", None, "ng2023", False, ""),
    (SHETTIMA, "vice-president", "NG", "2023-05-29", None, "ng2023", False, ""),
    (ABIY, "head-of-government", "ET", "2018-04-02", None, "et2018", False, "sworn in again for a new term 2021-10-04"),
    (RAMAPHOSA, "head-of-state", "ZA", "2024-06-19", None, "za2024", False, "second full term; President since 2018 (date unconfirmed)"),
    # Argentina, Mexico (presidents also head the government)
    (MILEI, "head-of-state", "AR", "2023-12-10", None, "ar2023", False, ""),
    (SHEINBAUM, "head-of-state", "MX", "2024-10-01", None, "mx2024", False, ""),
    # Australia
    (ALBANESE, "head-of-government", "AU", "2022-05-23", None, "au2022", False, ""),
    (WONG, "foreign-minister", "AU", "2022-05-23", None, "au2022", False, ""),
    # South Korea
    (KIMMS, "head-of-government", "KR", "2025-07-03", None, "kr2025pm", False, ""),
]


def main():
    date = re.compile(r"\d{4}-\d{2}-\d{2}$")
    lines = ["# Office holders confirmed on public pages (see README.md, 'office-holders.yaml').",
             "# to: null = in office as of the newest evidence seen; that date is in each row's comment.",
             "holders:"]
    for pid, office, jur, start, end, src, acting, comment in R:
        assert pid in P, pid
        assert date.match(start) and (end is None or date.match(end)), (pid, start, end)
        assert end is None or end >= start, (pid, start, end)
        urls = " ".join(S[k] for k in src.split())
        fields = [f"person: {pid}", f"office: {office}", f"jurisdiction: {J[jur]}", f"from: {start}",
                  f"to: {end if end else 'null'}", f'source: "{urls}"']
        if acting:
            fields.append("acting: true")
        line = "  - {" + ", ".join(fields) + "}"
        label = P[pid][0]
        if end is None:
            comment = re.sub(r"(;\s*)?evidence [0-9-]+", "", comment).strip("; ")
            ev = LATER_EVIDENCE.get((pid, jur), start)
            comment = (comment + "; " if comment else "") + f"in office as of {ev} (newest evidence seen)"
        note = f"  # {label}, {jur}" + (f"; {comment}" if comment else "")
        lines.append(line + note)
    (HERE / "office-holders.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    used = {r[0] for r in R}
    with open(HERE / "people.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tlabel_en\ten_forms\tar_forms\n")
        for pid in sorted(used):
            label, en, ar = P[pid]
            f.write(f"{pid}\t{label}\t{en}\t{ar}\n")
    print(f"office-holders.yaml: {len(R)} rows; people.tsv: {len(used)} people; "
          f"jurisdictions: {len({r[2] for r in R})}", file=sys.stderr)


if __name__ == "__main__":
    main()
