"""Self-check for holdout44: evidence verbatim, actors known, roles, JSON, required settlements in cities500."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
A = json.load(open('/work/main/tests/data/corpus_aliases.json'))
for k, v in json.load(open('/work/main/tests/data/holdout2/extra_aliases.json')).items(): A.setdefault(k, []).extend(v)
for k, v in json.load(open(os.path.join(HERE, 'extra_aliases.json'))).items(): A.setdefault(k, []).extend(v)
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
errs = 0
files = sorted(f for f in os.listdir(os.path.join(HERE, 'reports')) if f.endswith('.txt'))
texts = {f: norm(open(os.path.join(HERE, 'reports', f)).read()) for f in files}
for f in files:
    assert os.path.exists(os.path.join(HERE, 'reports', f + '.meta.yaml')), f
need = {'file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence'}
from geo import find
for g in gold:
    if not need <= set(g): print('missing fields', g); errs += 1
    if g['file'] not in texts: print('no file', g['file']); errs += 1; continue
    if norm(g['evidence']) not in texts[g['file']]: print('EVIDENCE', g['file'], g['evidence']); errs += 1
    if g['actor_canonical'] not in A: print('ACTOR', g['actor_canonical']); errs += 1
    if g['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', g); errs += 1
    if g['place'].split()[0] not in texts[g['file']] and g['place'] not in ('Kagera',): print('PLACE not in text?', g['file'], g['place'])
    if g['required'] and g['tol_km'] <= 30:
        r = find(g['place'])
        if not r or min(abs(x[2]-g['lat'])+abs(x[3]-g['lon']) for x in r) > 0.2: print('GEONAMES', g['place'], r[:2]); errs += 1
print(len(gold), 'claims', sum(g['required'] for g in gold), 'required', errs, 'errors')
