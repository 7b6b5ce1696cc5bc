#!/usr/bin/env python3
"""How well text similarities tell copies of one dispatch from independent reports of one event.

Run from the repository root once the texts are rebuilt (rebuild.sh):
    python3 src/test/resources/corpus/copy-measures.py
For every pair of articles of one event in one language it computes, exactly (no MinHash):
  sh5    share of the smaller text's 5-word shingles the other holds (what CopyGroups estimates)
  c1     the same for the sets of content words (stop words and digits dropped, Arabic letters
         folded and clitics cut, English words cut to 6 letters)
  c2/c3  the same for 2- and 3-shingles of content words
  numC   share of the smaller text's figures the other holds; numJ their Jaccard
  numL   longest common run of figures in order, over the shorter list
  combo  c2 * numJ
  q3     content 3-shingles shared inside quotation marks
The gold's copies are the source pairs of its COPY_DIFFERENCE verdicts. Pairs that sh5 already
groups (>= 0.5, CopyGroups' threshold) are left out of the independent pairs. For each measure it
prints the copies' scores and how many independent pairs score at least as high as the lowest,
the second lowest and the highest copy: a measure separates copies only if that count is 0.
"""
import itertools, json, os, re, unicodedata

ROOT = 'src/test/resources/corpus'
AR_DIACRITICS = re.compile('[\u064B-\u065F\u0670\u0640]')
STOP_EN = set("""the a an of to in on at for and or but with by from as is are was were be been has
have had that this these those it its their his her they he she we which who said says will would
could than more about after before into over under also not no all some""".split())
STOP_AR = set("""في من على الى إلى عن ان أن إن و او أو ما لا لم قد التي الذي الذين هذا هذه ذلك تلك
كان كانت مع بعد قبل حتى كما وقال قال وقالت قالت""".split())
QUOTE = re.compile(r'[“"«]([^”"»]{15,400})[”"»]')


def body(text):
    parts = text.split('\n\n', 1)
    return parts[1] if len(parts) > 1 else text


def words(text):
    return re.findall(r'\w+', unicodedata.normalize('NFKC', text).lower())


def content(text, lang):
    out = []
    for w in words(text):
        if w.isdigit():
            continue
        if lang == 'ar':
            w = AR_DIACRITICS.sub('', w)
            w = re.sub('[إأآٱ]', 'ا', w).replace('ة', 'ه').replace('ى', 'ي')
            w = re.sub(r'^(وال|بال|كال|فال|لل|ال|و|ب|ف|ل)(?=\w{3,})', '', w)
            if w in STOP_AR or len(w) < 3:
                continue
        else:
            if w in STOP_EN or len(w) < 3:
                continue
            w = w[:6]
        out.append(w)
    return out


def shingles(ws, k):
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def figures(text):
    text = unicodedata.normalize('NFKC', text).replace('٫', '.').replace('،', ',')
    out = []
    for m in re.findall(r'\d+(?:[.,]\d+)*', text):
        m = m.replace(',', '') if re.fullmatch(r'\d{1,3}(,\d{3})+', m) else m.replace(',', '.')
        if re.fullmatch(r'(19|20)\d\d', m) or m in ('0', '1', '2'):
            continue
        out.append(m)
    return out


def containment(a, b):
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp[-1][-1]


def main():
    copies = set()
    for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
        gold = json.load(open(os.path.join(ROOT, 'gold', f)))
        for p in gold.get('pairs', []):
            if p['verdict'] == 'COPY_DIFFERENCE':
                copies.add(frozenset(c['source'] for c in p['claims']))
    texts = {}
    for f in sorted(os.listdir(os.path.join(ROOT, 'texts'))):
        if f.endswith('.txt'):
            sid = f[:-4]
            event, lang, _ = sid.rsplit('_', 2)
            texts[sid] = dict(event=event, lang=lang, body=body(open(os.path.join(ROOT, 'texts', f)).read()))
    rows = []
    for a, b in itertools.combinations(sorted(texts), 2):
        x, y = texts[a], texts[b]
        if x['event'] != y['event'] or x['lang'] != y['lang']:
            continue
        cx, cy = content(x['body'], x['lang']), content(y['body'], y['lang'])
        fx, fy = figures(x['body']), figures(y['body'])
        qx = set().union(set(), *[shingles(content(q, x['lang']), 3) for q in QUOTE.findall(x['body'])])
        qy = set().union(set(), *[shingles(content(q, y['lang']), 3) for q in QUOTE.findall(y['body'])])
        r = dict(a=a, b=b, copy=frozenset((a, b)) in copies,
                 sh5=containment(shingles(words(x['body']), 5), shingles(words(y['body']), 5)),
                 c1=containment(set(cx), set(cy)), c2=containment(shingles(cx, 2), shingles(cy, 2)),
                 c3=containment(shingles(cx, 3), shingles(cy, 3)),
                 numC=containment(set(fx), set(fy)), numJ=jaccard(set(fx), set(fy)),
                 numL=lcs(fx, fy) / max(1, min(len(fx), len(fy))) if fx and fy else 0.0,
                 q3=len(qx & qy))
        r['combo'] = r['c2'] * r['numJ']
        rows.append(r)
    independent = [r for r in rows if not r['copy'] and r['sh5'] < 0.5]
    print(f"{len(rows)} same-event same-language pairs: {sum(r['copy'] for r in rows)} gold copies, "
          f"{len(rows) - len(independent) - sum(r['copy'] for r in rows)} already grouped by sh5 >= 0.5, "
          f"{len(independent)} independent")
    for r in rows:
        if r['copy']:
            print('copy', r['a'], r['b'], ' '.join(f"{m}={r[m]:.2f}" for m in MEASURES))
    print('measure  copies              independent pairs >= lowest / 2nd lowest / highest copy')
    for m in MEASURES:
        cp = sorted(r[m] for r in rows if r['copy'])
        counts = [sum(r[m] >= c for r in independent) for c in (cp[0], cp[len(cp) // 2], cp[-1])]
        print(f"{m:7s}  {' '.join(f'{c:.2f}' for c in cp):18s}  {counts[0]:3d} / {counts[1]:3d} / {counts[2]:3d}")


MEASURES = ['sh5', 'c1', 'c2', 'c3', 'numC', 'numJ', 'numL', 'combo', 'q3']

if __name__ == '__main__':
    main()
