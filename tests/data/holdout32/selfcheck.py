"""Self-check for holdout32: run with /work/main/.venv/bin/python selfcheck.py"""
import json, re, os, sys, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import find
HERE = os.path.dirname(os.path.abspath(__file__))
D = '/work/main/tests/data'
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for f in (f'{D}/corpus_aliases.json', f'{D}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json'):
    for k, v in json.load(open(f)).items():
        aliases.setdefault(k, []).extend(v)
ROLES = {'holds', 'attacks', 'lost'}
KEYS = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
errs, warn = [], []
reports = sorted(f for f in os.listdir(f'{HERE}/reports') if f.endswith('.txt'))
texts = {f: norm(open(f'{HERE}/reports/{f}').read()) for f in reports}
for f in reports:
    n = len(texts[f].split())
    if not 350 <= n <= 650: errs.append(f'{f}: {n} words')
    meta = f'{HERE}/reports/{f}.meta.yaml'
    if not os.path.exists(meta): errs.append(f'{f}: no sidecar')
    else:
        m = open(meta).read()
        if not re.search(r'^date: \d{4}-\d\d-\d\d$', m, re.M) or not re.search(r'^source: \S+', m, re.M): errs.append(f'{f}: bad sidecar')
def km(a, b, c, d):
    p = math.pi / 180
    return 6371 * 2 * math.asin(math.sqrt(math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2))
gold = [json.loads(l) for l in open(f'{HERE}/gold.jsonl')]
files_with_gold = set()
for i, g in enumerate(gold, 1):
    missing = KEYS - g.keys()
    if missing: errs.append(f'line {i}: missing {missing}')
    if g['file'] not in texts: errs.append(f'line {i}: unknown file {g["file"]}'); continue
    files_with_gold.add(g['file'])
    if norm(g['evidence']) not in texts[g['file']]: errs.append(f'line {i}: evidence not verbatim: {g["evidence"][:60]}')
    if g['actor_canonical'] not in aliases: errs.append(f'line {i}: actor {g["actor_canonical"]} not a key')
    if g['role'] not in ROLES: errs.append(f'line {i}: role {g["role"]}')
    if not isinstance(g['required'], bool): errs.append(f'line {i}: required not bool')
    if 'historical' in g and 'date' not in g: errs.append(f'line {i}: historical without date')
    if g['place'] not in texts[g['file']]: warn.append(f'line {i}: place "{g["place"]}" not literally in text')
    if g['tol_km'] <= 30 and g['required']:
        hits = [h for h in find(g['place']) if km(g['lat'], g['lon'], h[2], h[3]) <= 30]
        if not hits and not g['place'].startswith(('the ', 'it')):
            errs.append(f'line {i}: required settlement "{g["place"]}" not in cities500 near its point')
for f in reports:
    if f not in files_with_gold: errs.append(f'{f}: no gold claim')
print(f'{len(reports)} reports, {len(gold)} claims ({sum(g["required"] for g in gold)} required)')
for w in warn: print('WARN', w)
for e in errs: print('ERR', e)
print('OK' if not errs else f'{len(errs)} errors')
