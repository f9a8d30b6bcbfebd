import json, re, os, datetime, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import cities
D = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
al = json.load(open('/work/main/tests/data/corpus_aliases.json'))
for k, v in json.load(open('/work/main/tests/data/holdout2/extra_aliases.json')).items(): al.setdefault(k, []).extend(v)
extra = json.load(open(os.path.join(D, 'extra_aliases.json')))
clash = [k for k in extra if k in al]
for k, v in extra.items(): al.setdefault(k, []).extend(v)
errs = []
if clash: errs.append(f'extra keys already canonical: {clash}')
gold = [json.loads(l) for l in open(os.path.join(D, 'gold.jsonl'))]
files = sorted(f for f in os.listdir(os.path.join(D, 'reports')) if f.endswith('.txt'))
texts = {f: norm(open(os.path.join(D, 'reports', f)).read()) for f in files}
dates = {}
for f in files:
    m = open(os.path.join(D, 'reports', f + '.meta.yaml')).read()
    dates[f] = datetime.date.fromisoformat(re.search(r'date: (\S+)', m).group(1))
    assert re.search(r'source: \S+', m), f
    n = len(texts[f].split())
    if not 350 <= n <= 650: errs.append(f'{f}: {n} words')
for i, g in enumerate(gold):
    for k in ['file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence']:
        if k not in g: errs.append(f'{i}: missing {k}')
    if g['file'] not in texts: errs.append(f'{i}: no file {g["file"]}'); continue
    if norm(g['evidence']) not in texts[g['file']]: errs.append(f'{i} {g["file"]}: evidence not verbatim: {g["evidence"]}')
    if g['place'] not in texts[g['file']] and g['place'] not in ('Al-Susah',): errs.append(f'{i}: place not in text: {g["place"]}')
    if g['actor_canonical'] not in al: errs.append(f'{i}: unknown actor {g["actor_canonical"]}')
    if g['role'] not in ('holds','attacks','lost'): errs.append(f'{i}: role {g["role"]}')
    if not isinstance(g['required'], bool): errs.append(f'{i}: required not bool')
    if 'date' in g:
        ds = g['date']; parts = [int(x) for x in ds.split('-')]
        d = datetime.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else (15 if len(parts) > 1 else 1))
        hist = (dates[g['file']] - d).days >= 45
        if g.get('historical', False) != hist: errs.append(f'{i} {g["file"]}: historical={g.get("historical")} but gap {(dates[g["file"]]-d).days}d ({ds})')
# cities500 check: settlement points (tol<=30) should be within 3 km of a cities500 point
import math
pts = [(c['latitude'], c['longitude']) for c in cities.values()]
def near(lat, lon):
    return min(math.hypot(lat-a, (lon-b)*math.cos(math.radians(lat))) for a, b in pts)*111
off = sorted({(g['place'], round(near(g['lat'], g['lon']), 1)) for g in gold if g['tol_km'] <= 50 and near(g['lat'], g['lon']) > 1})
print('points not at a cities500 coordinate (expected: BEST ones):', off)
print(f'{len(files)} reports, {len(gold)} gold, {sum(g["required"] for g in gold)} required')
print('\n'.join(errs) if errs else 'OK')
