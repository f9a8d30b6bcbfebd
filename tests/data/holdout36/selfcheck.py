import json, re, os, glob
base = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
keys = set(json.load(open('/work/main/tests/data/corpus_aliases.json')))
keys |= set(json.load(open('/work/main/tests/data/holdout2/extra_aliases.json')))
extra = json.load(open(os.path.join(base, 'extra_aliases.json')))
dup = keys & set(extra)
assert not dup, dup
keys |= set(extra)
reports = {os.path.basename(p): norm(open(p).read()) for p in glob.glob(os.path.join(base, 'reports', '*.txt'))}
errs = 0; used = set(); perfile = {}
for i, line in enumerate(open(os.path.join(base, 'gold.jsonl'))):
    d = json.loads(line)
    for k in ['file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence']:
        assert k in d, (i, k)
    if d['file'] not in reports: print('missing file', d['file']); errs += 1; continue
    if norm(d['evidence']) not in reports[d['file']]: print('evidence not verbatim', i, d['file'], d['evidence']); errs += 1
    if d['actor_canonical'] not in keys: print('unknown actor', d['actor_canonical']); errs += 1
    if d['role'] not in ('holds','attacks','lost'): print('bad role', d); errs += 1
    if 'date' in d: assert re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', d['date']), d['date']
    used.add(d['actor_canonical'])
    perfile.setdefault(d['file'], [0,0]); perfile[d['file']][0 if d['required'] else 1] += 1
for f in reports:
    meta = open(os.path.join(base, 'reports', f + '.meta.yaml')).read()
    assert re.search(r'^date: \d{4}-\d{2}-\d{2}$', meta, re.M) and 'source:' in meta, f
    wc = len(reports[f].split())
    if not 350 <= wc <= 650: print('word count', f, wc); errs += 1
    if f not in perfile: print('no gold', f); errs += 1
print('unused extra actors:', set(extra) - used)
for f in sorted(perfile): print(f, perfile[f], len(reports[f].split()))
print('errors:', errs)
