import json, re, os, sys, glob
H = os.path.dirname(os.path.abspath(__file__))
D = '/work/main/tests/data'
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in [f'{D}/corpus_aliases.json', f'{D}/holdout2/extra_aliases.json', f'{H}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
ok = True
gold = [json.loads(l) for l in open(f'{H}/gold.jsonl')]
files = sorted(os.path.basename(p) for p in glob.glob(f'{H}/reports/*.txt'))
for g in gold:
    txt = norm(open(f'{H}/reports/{g["file"]}').read())
    if norm(g['evidence']) not in txt: ok = False; print('EVIDENCE MISSING', g['file'], g['evidence'])
    if g['actor_canonical'] not in aliases: ok = False; print('ACTOR', g['actor_canonical'])
    if g['role'] not in ('holds', 'attacks', 'lost'): ok = False; print('ROLE', g)
    for k in ('file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence'):
        if k not in g: ok = False; print('FIELD', k, g)
for f in files:
    n = len(open(f'{H}/reports/{f}').read().split())
    meta = open(f'{H}/reports/{f}.meta.yaml').read()
    if not (350 <= n <= 650): ok = False; print('LENGTH', f, n)
    if 'date:' not in meta or 'source:' not in meta: ok = False; print('META', f)
    if not any(g['file'] == f for g in gold): ok = False; print('NO GOLD', f)
    if not any(g['file'] == f and g['required'] for g in gold): print('no required gold', f)
print('files', len(files), 'claims', len(gold), 'required', sum(g['required'] for g in gold), 'OK' if ok else 'FAIL')
sys.exit(0 if ok else 1)
