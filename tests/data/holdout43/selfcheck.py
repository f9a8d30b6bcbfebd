import json, re, os, sys
H = os.path.dirname(os.path.abspath(__file__))
def wsn(s): return re.sub(r'\s+', ' ', s).strip()
al = json.load(open('/work/main/tests/data/corpus_aliases.json'))
for k, v in json.load(open('/work/main/tests/data/holdout2/extra_aliases.json')).items(): al.setdefault(k, []).extend(v)
extra = json.load(open(os.path.join(H, 'extra_aliases.json')))
clash = [k for k in extra if k in al]
for k, v in extra.items(): al.setdefault(k, []).extend(v)
errs = []; n = 0; req = 0; files = set(); per = {}
for i, line in enumerate(open(os.path.join(H, 'gold.jsonl')), 1):
    r = json.loads(line); n += 1; req += r['required']; files.add(r['file'])
    per.setdefault(r['file'], [0, 0]); per[r['file']][0] += 1; per[r['file']][1] += r['required']
    p = os.path.join(H, 'reports', r['file'])
    if not os.path.exists(p): errs.append((i, 'no file')); continue
    if wsn(r['evidence']) not in wsn(open(p).read()): errs.append((i, 'evidence', r['evidence']))
    if r['actor_canonical'] not in al: errs.append((i, 'actor', r['actor_canonical']))
    if r['role'] not in ('holds', 'attacks', 'lost'): errs.append((i, 'role'))
    if not isinstance(r['required'], bool): errs.append((i, 'required'))
    for k in ('file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence'):
        if k not in r: errs.append((i, 'missing', k))
    if ('date' in r) != ('historical' in r): errs.append((i, 'date/historical'))
rep = sorted(f for f in os.listdir(os.path.join(H, 'reports')) if f.endswith('.txt'))
for f in rep:
    w = len(open(os.path.join(H, 'reports', f)).read().split())
    if not 350 <= w <= 650: errs.append((f, 'words', w))
    if not os.path.exists(os.path.join(H, 'reports', f + '.meta.yaml')): errs.append((f, 'no meta'))
    if f not in files: errs.append((f, 'no gold'))
print('claims', n, 'required', req, 'reports', len(rep), 'extra keys clashing', clash)
for f in rep: print(f, per.get(f))
print('ERRORS' if errs else 'OK', *errs, sep='\n')
