"""Self-check: evidence verbatim (whitespace-normalised) in its report; actors are keys of the
merged alias files; JSON valid; roles in vocabulary; sidecars present; word counts; coordinates sane."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
errs = 0
reports = sorted(f for f in os.listdir(f'{HERE}/reports') if f.endswith('.txt'))
texts = {f: ws(open(f'{HERE}/reports/{f}').read()) for f in reports}
for f in reports:
    n = len(texts[f].split())
    meta = f'{HERE}/reports/{f}.meta.yaml'
    if not os.path.exists(meta) or not re.search(r'^date: \d{4}-\d\d-\d\d$', open(meta).read(), re.M):
        print('bad meta', f); errs += 1
    if not 350 <= n <= 650:
        print('word count', f, n); errs += 1
gold = [json.loads(l) for l in open(f'{HERE}/gold.jsonl')]
req = set('file place lat lon tol_km actor_canonical role required detail evidence'.split())
seen_files = set()
for i, g in enumerate(gold):
    if not req <= set(g): print(i, 'missing fields', req - set(g)); errs += 1
    if g['file'] not in texts: print(i, 'no file', g['file']); errs += 1; continue
    seen_files.add(g['file'])
    if ws(g['evidence']) not in texts[g['file']]: print(i, 'evidence not verbatim:', g['file'], g['evidence']); errs += 1
    if g['actor_canonical'] not in aliases: print(i, 'unknown actor', g['actor_canonical']); errs += 1
    if g['role'] not in ('holds', 'attacks', 'lost'): print(i, 'bad role', g['role']); errs += 1
    if not (-90 <= g['lat'] <= 90 and -180 <= g['lon'] <= 180): print(i, 'bad coord'); errs += 1
    if not isinstance(g['required'], bool): print(i, 'required not bool'); errs += 1
print(f'{len(reports)} reports, {len(gold)} claims ({sum(g["required"] for g in gold)} required), files with gold: {len(seen_files)}, errors: {errs}')
sys.exit(1 if errs else 0)
