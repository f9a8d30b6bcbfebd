import json, re, glob, os, yaml
base = '/work/main/tests/data/'
al = {}
for p in [base + 'corpus_aliases.json', base + 'holdout2/extra_aliases.json', 'extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        al.setdefault(k, []).extend(v)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
ok = True
rows = [json.loads(l) for l in open('gold.jsonl')]
keys = {'file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence'}
for i, d in enumerate(rows):
    txt = norm(open('reports/' + d['file']).read())
    if not keys <= set(d): print('missing keys', i); ok = False
    if norm(d['evidence']) not in txt: print('EVIDENCE not verbatim', d['file'], d['evidence']); ok = False
    if d['actor_canonical'] not in al: print('ACTOR', d['actor_canonical']); ok = False
    if d['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', d['role']); ok = False
    if ('date' in d) != ('historical' in d): print('date/historical', i); ok = False
files = sorted(glob.glob('reports/*.txt'))
for f in files:
    n = len(open(f).read().split())
    m = yaml.safe_load(open(f + '.meta.yaml'))
    if not (350 <= n <= 650): print('WORDS', f, n); ok = False
    if 'date' not in m or 'source' not in m: print('META', f); ok = False
    if not any(d['file'] == os.path.basename(f) and d['required'] for d in rows): print('no required', f); ok = False
print(len(files), 'reports;', len(rows), 'claims;', sum(d['required'] for d in rows), 'required;', 'OK' if ok else 'FAIL')
