"""Self-check for holdout15: evidence verbatim, actors known, roles valid, JSON valid, files complete."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json',
          os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
errs = []
rep = os.path.join(HERE, 'reports')
texts = {f: ws(open(os.path.join(rep, f)).read()) for f in os.listdir(rep) if f.endswith('.txt')}
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
keys = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
for i, g in enumerate(gold):
    if not keys <= set(g): errs.append(f'{i}: missing keys {keys - set(g)}')
    if g['file'] not in texts: errs.append(f'{i}: unknown file {g["file"]}'); continue
    if ws(g['evidence']) not in texts[g['file']]: errs.append(f'{i}: evidence not verbatim: {g["evidence"]!r}')
    if g['actor_canonical'] not in aliases: errs.append(f'{i}: unknown actor {g["actor_canonical"]}')
    if g['role'] not in ('holds', 'attacks', 'lost'): errs.append(f'{i}: bad role {g["role"]}')
    if ('date' in g) != ('historical' in g): errs.append(f'{i}: date/historical mismatch')
    if not isinstance(g['required'], bool): errs.append(f'{i}: required not bool')
    if not (-90 <= g['lat'] <= 90 and -180 <= g['lon'] <= 180): errs.append(f'{i}: bad coords')
for f, t in texts.items():
    n = len(t.split())
    if not 350 <= n <= 650: errs.append(f'{f}: {n} words')
    if not os.path.exists(os.path.join(rep, f + '.meta.yaml')): errs.append(f'{f}: no sidecar')
    if not any(g['file'] == f and g['required'] for g in gold): errs.append(f'{f}: no required gold')
print(f'{len(texts)} reports, {len(gold)} claims ({sum(g["required"] for g in gold)} required)')
print('\n'.join(errs) or 'OK')
sys.exit(1 if errs else 0)
